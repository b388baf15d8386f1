package io.github.dockertutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.app.Main;
import io.github.dockertutor.base.Environment;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dockertutor mirror as a teacher uses it, on loopback: start runs Debian's docker-registry seeded
 * with the course's busybox from the engine, status sees it answer, stop ends exactly that process.
 */
class MirrorIT {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run mirror(String... args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DOCKERTUTOR_HOME", home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(env, Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"), home);
        int code = new Main(environment, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void requireRegistry() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-registry"));
        if (!linux || !installed) {
            String message = "the class mirror needs Linux and Debian's docker-registry (scripts/engine start installs it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void startSeedsTheCourseImagesStatusSeesItAndStopEndsIt() throws Exception {
        requireRegistry();
        try (EngineSession session = RealEngine.session()) {
            // the course's busybox must be on the engine to be pushed; the test engine's mirror has it
            new DockerEngine(session).pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        }
        String addr = "127.0.0.1:" + freePort();
        Run start = mirror("mirror", "start", "--addr", addr, "--lang", "en");
        try {
            assertEquals(0, start.code(), start.out() + start.err());
            assertTrue(start.out().contains("[ok] busybox:latest is in the mirror"), start.out());
            assertTrue(start.out().contains("\"registry-mirrors\": [\"http://" + addr + "\"]"), start.out());
            assertTrue(start.out().contains("/etc/docker/daemon.json"), start.out());
            HttpResponse<String> catalog = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + addr + "/v2/library/busybox/tags/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, catalog.statusCode());
            assertTrue(catalog.body().contains("latest"), catalog.body());

            Run again = mirror("mirror", "start", "--addr", addr, "--lang", "zh-TW");
            assertEquals(0, again.code(), again.out() + again.err());
            assertTrue(again.out().contains("班級映像檔倉庫已經在執行"), again.out());

            Run status = mirror("mirror", "status", "--lang", "en");
            assertEquals(0, status.code(), status.out());
            assertTrue(status.out().contains("answers (HTTP 200)"), status.out());
        } finally {
            Run stop = mirror("mirror", "stop", "--lang", "en");
            assertEquals(0, stop.code(), stop.out() + stop.err());
            assertTrue(stop.out().contains("Class mirror stopped"), stop.out());
        }
        assertFalse(Files.exists(home.resolve("mirror/registry.pid")));
        Run status = mirror("mirror", "status", "--lang", "en");
        assertEquals(1, status.code());
        assertTrue(status.out().contains("not running"), status.out());
    }

    @Test
    void startFromACoursePackLoadsItThenSeedsTheMirror() throws Exception {
        requireRegistry();
        RealEngine.session().close();
        Path pack = home.resolve("course.tar.gz");
        Run packed = mirror("pack", "--out", pack.toString(), "--lang", "en");
        assertEquals(0, packed.code(), packed.out() + packed.err());
        String addr = "127.0.0.1:" + freePort();
        Run start = mirror("mirror", "start", "--addr", addr, "--from", pack.toString(), "--lang", "en");
        try {
            assertEquals(0, start.code(), start.out() + start.err());
            assertTrue(start.out().contains("Loading the course pack"), start.out());
            assertTrue(start.out().contains("[ok] busybox:latest is in the mirror"), start.out());
        } finally {
            assertEquals(0, mirror("mirror", "stop", "--lang", "en").code());
        }
    }

    @Test
    void aDamagedPackIsRefusedAndNothingIsSeeded() throws Exception {
        requireRegistry();
        Path pack = Files.write(home.resolve("broken.tar.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        String addr = "127.0.0.1:" + freePort();
        Run start = mirror("mirror", "start", "--addr", addr, "--from", pack.toString(), "--lang", "zh-TW");
        try {
            assertTrue(start.code() != 0, start.out() + start.err());
            assertFalse(start.out().contains("[ok]"), start.out());
            // the mirror this start began is not left running with nothing of the pack in it
            Run status = mirror("mirror", "status", "--lang", "en");
            assertTrue(status.code() != 0 && status.out().contains("not running"), status.out() + start.err());
            assertTrue(start.err().contains("mirror start --from"), start.err());
        } finally {
            mirror("mirror", "stop", "--lang", "en");
        }
    }

    @Test
    void refusesAnAddressThatIsNotHostAndPort() {
        Run run = mirror("mirror", "start", "--addr", "5000", "--lang", "en");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Not an address to listen on: 5000"), run.err());
    }
}
