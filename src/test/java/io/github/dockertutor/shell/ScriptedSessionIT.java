package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session typed into the real tutor process, as a teacher's script would: pull, images,
 * build from the workspace, run with -p, read the page, logs, stop, rm, rmi; and Ctrl-C (a real
 * SIGINT) during logs -f, which must return to the prompt, not end the tutor.
 */
class ScriptedSessionIT {
    private static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private EngineSession session;
    private String suffix;

    @BeforeEach
    void engine() {
        session = RealEngine.session();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeLeftovers() {
        DockerEngine engine = new DockerEngine(session);
        for (String name : new String[] {"dt-web-" + suffix, "dt-logs-" + suffix}) {
            try {
                engine.removeContainer(name, true);
            } catch (RuntimeException ignored) {
                // removed by the test itself
            }
        }
        try {
            engine.removeImage("dt-image-" + suffix, true);
        } catch (RuntimeException ignored) {
            // removed by the test itself
        }
        session.close();
    }

    @Test
    void pullBuildRunServeLogsStopRemove() throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("index.html"), "served-" + suffix + "\n");
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\n"
                + "COPY index.html /www/index.html\nCMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String image = "dt-image-" + suffix;
        String web = "dt-web-" + suffix;
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", "en",
                "--workspace", workspace.toString())) {
            int at = tutor.await("Engine: ", 0, STEP);
            tutor.send("docker pull busybox");
            at = tutor.await("latest: Pulling from library/busybox", at, STEP);
            at = tutor.await("Status: ", at, STEP);
            at = tutor.await("Pulled busybox:latest", at, STEP);
            tutor.send("docker images");
            at = tutor.await("busybox", at, STEP);
            // an image nobody has: run says it pulls, as the docker CLI does, and the pull fails plainly
            tutor.send("docker run dt-missing-" + suffix);
            int pulling = tutor.await("Unable to find image dt-missing-" + suffix + ":latest locally", at, STEP);
            tutor.send("docker build -t " + image + " .");
            at = tutor.await("docker> docker build", pulling, STEP);
            assertFalse(tutor.output().substring(pulling, at).contains("Using default tag"), tutor.output().substring(pulling));
            at = tutor.await("Step 1/5 : FROM busybox", at, STEP);
            at = tutor.await("Built image ", at, STEP);
            tutor.send("docker run -d --name " + web + " -p 127.0.0.1:" + port + ":8080 " + image);
            tutor.send("docker ps");
            at = tutor.await(web, at, STEP);
            assertEquals("served-" + suffix, fetch(port).trim());
            tutor.send("docker logs " + web);
            at = tutor.await("url:/", at, STEP);
            tutor.send("docker stop -t 1 " + web);
            at = tutor.await("\n" + web, at, STEP);
            tutor.send("docker rm " + web);
            at = tutor.await("\n" + web, at, STEP);
            tutor.send("docker rmi " + image);
            at = tutor.await(image, at, STEP);
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
        DockerEngine engine = new DockerEngine(session);
        assertTrue(engine.containers(true).stream().noneMatch(c -> c.name().equals(web)));
        assertTrue(engine.images().stream().noneMatch(i -> i.repoTags().contains(image + ":latest")));
    }

    @Test
    void ctrlCDuringLogsFollowReturnsToThePrompt() throws Exception {
        String name = "dt-logs-" + suffix;
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", "zh-TW",
                "--workspace", dir.resolve("workspace").toString())) {
            int at = tutor.await("引擎：", 0, STEP);
            tutor.send("docker run -d --name " + name + " busybox sh -c \"while true; do echo tick; sleep 0.2; done\"");
            tutor.send("docker logs -f " + name);
            at = tutor.await("docker logs -f " + name, at, STEP);
            // a line of the container's own output, not the echo of the command that prints it
            at = tutor.await("\ntick\n", at, STEP);
            tutor.interrupt();
            at = tutor.await("已停止（Ctrl-C）", at, STEP);
            tutor.send("docker rm -f " + name);
            at = tutor.await("\n" + name, at, STEP);
            assertTrue(tutor.isAlive(), "Ctrl-C must not end the tutor");
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
        }
    }

    @Test
    void aTutorStartedWithCtrlCIgnoredSaysSoOnceAndOnlyThen() throws Exception {
        Messages english = Messages.of(Language.EN);
        String notice = english.get("shell.ctrlCIgnored").substring(0, 40);
        for (boolean ignored : new boolean[] {true, false}) {
            Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"));
            String[] args = {"--lang", "en", "--workspace", dir.resolve("workspace").toString()};
            try (TutorProcess tutor = ignored ? TutorProcess.startWithCtrlCIgnored(dir.resolve("home"), env, args)
                    : TutorProcess.start(dir.resolve("home"), env, args)) {
                tutor.await(english.get("shell.helpHint"), 0, STEP);
                tutor.send("help");
                tutor.send("quit");
                assertEquals(0, tutor.finish(STEP));
                String output = tutor.output();
                int first = output.indexOf(notice);
                assertEquals(ignored, first >= 0, output);
                assertEquals(-1, output.indexOf(notice, first + 1), "said more than once:\n" + output);
            }
        }
    }

    private static String fetch(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        for (int attempt = 0; ; attempt++) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException e) {
                if (attempt > 50) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
