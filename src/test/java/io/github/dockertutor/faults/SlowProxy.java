package io.github.dockertutor.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP proxy on 127.0.0.1 that hands the answers of a server back at a set rate, so that a pull
 * from a registry on the same machine lasts long enough to be cut off in the middle. The engine
 * treats 127.0.0.0/8 as an insecure registry by itself, so it pulls through this as it would from
 * the registry.
 */
final class SlowProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final long bytesPerSecond;

    SlowProxy(int targetPort, long bytesPerSecond) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.bytesPerSecond = bytesPerSecond;
        daemon(this::accept, "slow-proxy");
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                daemon(() -> copy(client, target, Long.MAX_VALUE), "slow-proxy-up");
                daemon(() -> copy(target, client, bytesPerSecond), "slow-proxy-down");
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void copy(Socket from, Socket to, long rate) {
        byte[] buffer = new byte[16 * 1024];
        long started = System.nanoTime();
        long sent = 0;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
                sent += read;
                long due = started + sent * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (rate != Long.MAX_VALUE && wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (IOException | InterruptedException e) {
            // one side hung up: the other follows below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
