package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probe outcomes that need no engine: missing, stale socket, nonsense addresses, nothing listening. */
class EngineProbeTest {
    @TempDir
    Path dir;

    private static EngineEndpoint at(String host) {
        return new EngineEndpoint(URI.create(host), EngineEndpoint.Source.DOCKER_HOST, host, true, false,
                Optional.empty());
    }

    @Test
    void missingSocketFile() {
        ProbeResult result = new EngineProbe().probe(at("unix://" + dir.resolve("none.sock")));
        assertEquals(ProbeStatus.MISSING, result.status());
    }

    @Test
    void staleSocketFileMeansTheEngineIsStopped() throws Exception {
        Path socket = dir.resolve("stale.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
        // the server is closed but the file stays, as after an engine crash
        assertEquals(true, Files.exists(socket));
        assertEquals(ProbeStatus.NOT_RUNNING, new EngineProbe().probe(at("unix://" + socket)).status());
    }

    @Test
    void aPlainFileIsNotAnEngine() throws Exception {
        Path file = Files.writeString(dir.resolve("file.sock"), "not a socket");
        assertEquals(ProbeStatus.NOT_RUNNING, new EngineProbe().probe(at("unix://" + file)).status());
    }

    @Test
    void unknownSchemeIsAnInvalidAddress() {
        assertEquals(ProbeStatus.INVALID_ADDRESS, new EngineProbe().probe(at("ftp://example")).status());
    }

    @Test
    void closedTcpPortIsUnreachable() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertEquals(ProbeStatus.UNREACHABLE, new EngineProbe().probe(at("tcp://127.0.0.1:" + port)).status());
    }

    @Test
    void somethingThatIsNotDockerAnswering() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread responder = new Thread(() -> {
                try (var client = server.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    client.getOutputStream().write(
                            "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nContent-Type: text/plain\r\n\r\nnot here\n"
                                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException ignored) {
                    // the test's assertion tells what happened
                }
            });
            responder.start();
            ProbeResult result = new EngineProbe().probe(at("tcp://127.0.0.1:" + server.getLocalPort()));
            responder.join(5000);
            assertEquals(ProbeStatus.NOT_DOCKER, result.status());
        }
    }
}
