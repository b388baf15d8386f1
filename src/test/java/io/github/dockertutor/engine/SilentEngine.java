package io.github.dockertutor.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Not an engine: a unix socket that accepts every connection and answers only the requests a test
 * lets it answer, the rest never, as a frozen engine (SIGSTOP) does. Used to prove the deadline
 * and Ctrl-C of calls without a real engine; the real frozen engine is FrozenEngineIT's.
 */
final class SilentEngine implements AutoCloseable {
    /** What the version request gets, when the engine is to be found at all. */
    static final String VERSION = "{\"ApiVersion\":\"1.41\",\"Version\":\"20.10.24\",\"Os\":\"linux\","
            + "\"Arch\":\"amd64\",\"Platform\":{\"Name\":\"Silent Engine\"}}";

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, BlockingQueue<String>> answers = new ConcurrentHashMap<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private volatile boolean answersVersion;

    SilentEngine(Path socket) throws IOException {
        this.socket = socket;
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread acceptor = new Thread(this::accept, "silent-engine");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The endpoint to point the tutor at. */
    EngineEndpoint endpoint() {
        String host = "unix://" + socket;
        return new EngineEndpoint(java.net.URI.create(host), EngineEndpoint.Source.DOCKER_HOST, host, true, false,
                Optional.empty());
    }

    /** From now on the version request is answered, so the tutor finds an engine here. */
    SilentEngine answeringVersion() {
        answersVersion = true;
        return this;
    }

    /** The next request whose path starts with {@code pathPrefix} gets this JSON body (status 200). */
    void answerNext(String pathPrefix, String json) {
        answers.computeIfAbsent(pathPrefix, key -> new LinkedBlockingQueue<>()).add(json);
    }

    /** The next request line received ("GET /images/json"), waiting for it. */
    String nextRequest() throws InterruptedException {
        return received.take();
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                open.add(client);
                Thread serve = new Thread(() -> serve(client), "silent-engine-connection");
                serve.setDaemon(true);
                serve.start();
            }
        } catch (IOException ignored) {
            // closed
        }
    }

    private void serve(SocketChannel client) {
        try (InputStream in = Channels.newInputStream(client); OutputStream out = Channels.newOutputStream(client)) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String requestLine = head.substring(0, head.indexOf("\r\n"));
                String[] parts = requestLine.split(" ");
                skipBody(in, head);
                String path = parts[1];
                if (path.endsWith("/version") && answersVersion) {
                    respond(out, VERSION);
                    continue;
                }
                received.add(parts[0] + " " + path);
                String answer = waitForAnswer(path);
                respond(out, answer);
            }
        } catch (IOException | InterruptedException ignored) {
            // the tutor gave up on the connection, or the test ended
        }
    }

    /** Blocks until the test gives this path an answer: until then the engine is frozen for it. */
    private String waitForAnswer(String path) throws InterruptedException {
        while (true) {
            for (Map.Entry<String, BlockingQueue<String>> entry : answers.entrySet()) {
                if (path.startsWith(entry.getKey())) {
                    String answer = entry.getValue().poll();
                    if (answer != null) {
                        return answer;
                    }
                }
            }
            Thread.sleep(20);
        }
    }

    private static void respond(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + (json.isEmpty() ? "204 No Content" : "200 OK") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void skipBody(InputStream in, String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            while (true) {
                String size = readLine(in);
                int length = Integer.parseInt(size.trim(), 16);
                in.readNBytes(length + 2);
                if (length == 0) {
                    return;
                }
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel channel : open) {
            channel.close();
        }
        Files.deleteIfExists(socket);
    }
}
