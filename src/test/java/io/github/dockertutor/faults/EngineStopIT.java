package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine stops in the middle of a {@code logs -f}, a pull and a build, and starts again: each
 * time the tutor says what happened and how to start it, keeps running, and the next command
 * works without restarting the tutor; the learner's finished step and place in the lesson are
 * kept. Runs against an engine of its own (scripts/engine), never the shared one.
 */
class EngineStopIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A layer of random bytes (gzip cannot shrink it) pulled at a few MB/s: about eight seconds. */
    private static final int LAYER_BYTES = 40_000_000;
    private static final long PULL_RATE = 5_000_000;
    private static final Messages EN = Messages.of(Language.EN);

    private static PrivateEngine engine;
    private static SlowProxy proxy;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startEngineWithABigImage() throws Exception {
        engine = PrivateEngine.start("f");
        Path blob = dir.resolve("image").resolve("blob");
        Files.createDirectories(blob.getParent());
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(7);
        try (OutputStream out = Files.newOutputStream(blob)) {
            for (int written = 0; written < LAYER_BYTES; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        String reference = "127.0.0.1:" + engine.registryPort() + "/dtfaults/big:1";
        engine.shell("tar -C '" + blob.getParent() + "' -c blob | docker import - " + reference
                + " >/dev/null && docker push " + reference + " >/dev/null && docker rmi " + reference + " >/dev/null");
        proxy = new SlowProxy(engine.registryPort(), PULL_RATE);
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theTutorSurvivesTheEngineStoppingInALogFollowAPullAndABuild() throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace.resolve("slow"));
        Files.writeString(workspace.resolve("slow/Dockerfile"), "FROM busybox\nRUN sleep 60\n");
        Path home = dir.resolve("home");
        try (TutorProcess tutor = TutorProcess.start(home, Map.of("DOCKER_HOST", engine.dockerHost()),
                "--lang", "en", "--workspace", workspace.toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString())) {
            int at = tutor.await(EN.get("lesson.howToStart"), 0, WAIT);
            tutor.send("start 1");
            tutor.send("answer b");
            at = tutor.await(prefix("step.passed"), at, WAIT);

            // logs -f: the container's output streams until the engine stops
            tutor.send("docker run -d --name dtfaults-tick busybox sh -c "
                    + "'trap \"exit 0\" TERM; while true; do echo tick; sleep 1; done'");
            tutor.send("docker logs -f dtfaults-tick");
            at = tutor.await("[01 why 2/3] docker> docker logs -f dtfaults-tick", at, WAIT);
            at = tutor.await("tick", at, WAIT);
            at = stopAndRecover(tutor, at);
            tutor.send("docker ps -a");
            at = tutor.await("dtfaults-tick", at, WAIT);

            // a pull cut off in the middle of its download
            tutor.send("docker pull 127.0.0.1:" + proxy.port() + "/dtfaults/big:1");
            at = tutor.await("Downloading", at, WAIT);
            at = stopAndRecover(tutor, at);
            tutor.send("docker images");
            at = tutor.await("REPOSITORY", at, WAIT);

            // a build cut off in the middle of a RUN step
            tutor.send("docker build -t dtfaults-slow slow");
            at = tutor.await("Running in", at, WAIT);
            at = stopAndRecover(tutor, at);
            tutor.send("docker images");
            at = tutor.await("busybox", at, WAIT);

            // still on the same step of the same lesson, in the same tutor
            tutor.send("quit");
            tutor.await("[01 why 2/3] docker> quit", at, WAIT);
            assertEquals(0, tutor.finish(WAIT));
            String output = tutor.output();
            assertFalse(output.contains("Exception") || output.contains("\tat "), output);
        }
        JsonNode progress = new ObjectMapper().readTree(home.resolve("progress.json").toFile());
        assertEquals("01-why-docker", progress.path("current").path("lesson").asText(), progress.toString());
        assertEquals("works-on-my-machine", progress.path("current").path("step").asText(), progress.toString());
        assertEquals("done", progress.path("lessons").path("01-why-docker").path("steps").path("what-an-app-needs")
                .path("state").asText(), progress.toString());
        String log = Files.readString(home.resolve("dockertutor.log"));
        assertTrue(log.lastIndexOf("engine events: following") > log.lastIndexOf("engine events: the stream ended"),
                "the event watch did not follow the engine again after the last restart:\n" + log);
    }

    /**
     * Stops the engine under the running command, waits for the tutor's explanation and its
     * prompt, starts the engine again and waits until the tutor says it answers again.
     */
    private static int stopAndRecover(TutorProcess tutor, int at) throws Exception {
        engine.stop();
        int gone = tutor.await(EN.get("engine.error.gone"), at, WAIT);
        int fix = tutor.await(prefix("doctor.fix.start.linux"), gone, WAIT);
        at = tutor.await(EN.get("docker.engineGone.hint").substring(0, 30), fix, WAIT);
        engine.startAgain();
        return tutor.await(prefix("faults.engineBack"), at, WAIT);
    }

    /** A message's text up to its first placeholder or line break. */
    private static String prefix(String key) {
        String text = EN.get(key, "\u0000", "\u0000", "\u0000");
        int cut = text.indexOf('\u0000');
        text = cut < 0 ? text : text.substring(0, cut);
        int line = text.indexOf('\n');
        return line < 0 ? text : text.substring(0, line);
    }
}
