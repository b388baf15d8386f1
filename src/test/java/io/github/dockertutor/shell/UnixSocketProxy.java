package io.github.dockertutor.shell;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Unix socket that passes everything on to the engine's socket, and can be pulled out: the
 * engine then looks gone to whoever talked through it, without stopping the real engine that
 * others share.
 */
final class UnixSocketProxy implements AutoCloseable {
    private final Path socket;
    private final Path engine;
    private final ServerSocketChannel server;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();

    UnixSocketProxy(Path socket, Path engine) throws IOException {
        this.socket = socket;
        this.engine = engine;
        Files.deleteIfExists(socket);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Path socket() {
        return socket;
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(engine));
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            }
        } catch (IOException ignored) {
            // the proxy was pulled out
        }
    }

    private static void pipe(SocketChannel from, SocketChannel to) {
        Thread copier = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException ignored) {
                // one side went away; the other copier notices on its own
            }
        }, "proxy-copy");
        copier.setDaemon(true);
        copier.start();
    }

    /** Cuts every connection and stops answering, as an engine that went away. */
    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel channel : open) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        Files.deleteIfExists(socket);
    }
}
