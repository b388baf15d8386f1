package io.github.dockertutor.shell.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import java.net.InetAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Docker Hub's pull limit, played by a registry on loopback that answers every manifest with 429
 * and Docker Hub's own body (engines treat 127.0.0.0/8 as an insecure registry, so no TLS is
 * needed): the real engine reports toomanyrequests, and the tutor explains the limit and the three
 * ways out in each language.
 */
class PullLimitIT {
    static final String HUB_BODY = "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull"
            + " rate limit. You may increase the limit by authenticating and upgrading:"
            + " https://www.docker.com/increase-rate-limit\"}]}";

    @TempDir
    Path dir;
    private ServerSocket registry;
    private final AtomicInteger refused = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        RealEngine.session().close();
        registry = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serve, "fake-registry");
        server.setDaemon(true);
        server.start();
    }

    /**
     * A registry in a few lines: the engine first tries TLS (closed at once, so it falls back to
     * plain HTTP without waiting), then asks /v2/ (200) and the manifest (429 with Hub's body).
     */
    private void serve() {
        while (!registry.isClosed()) {
            try (Socket client = registry.accept()) {
                InputStream in = client.getInputStream();
                int first = in.read();
                if (first != 'G' && first != 'H') {
                    continue; // a TLS hello: this registry speaks plain HTTP only
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                String request = (char) first + reader.readLine();
                while (!reader.readLine().isEmpty()) {
                    // headers are not needed
                }
                boolean base = request.split(" ")[1].equals("/v2/");
                boolean head = request.startsWith("HEAD");
                if (!base) {
                    refused.incrementAndGet();
                }
                byte[] body = (base ? "{}" : HUB_BODY).getBytes(StandardCharsets.UTF_8);
                String headers = "HTTP/1.1 " + (base ? "200 OK" : "429 Too Many Requests") + "\r\n"
                        + "Content-Type: application/json\r\nDocker-Distribution-API-Version: registry/2.0\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
                OutputStream out = client.getOutputStream();
                out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
                if (!head) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                // the test closed the server, or a client went away: serve the next one
            }
        }
    }

    @AfterEach
    void stop() throws IOException {
        registry.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRefusedPullExplainsTheLimitAndTheWaysOut(Language language) throws Exception {
        String image = "127.0.0.1:" + registry.getLocalPort() + "/dt-bad/limited";
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", language.tag(),
                "--workspace", dir.resolve("workspace").toString())) {
            Transcript session = new Transcript(tutor, language);
            session.send("docker pull " + image).expect("engine.error.tooManyRequests",
                    "toomanyrequests: You have reached your pull rate limit. You may increase the limit by"
                            + " authenticating and upgrading: https://www.docker.com/increase-rate-limit");
            session.send("help").expect("shell.help.header");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
        assertTrue(refused.get() > 0, "the engine must have asked the fake registry");
    }
}
