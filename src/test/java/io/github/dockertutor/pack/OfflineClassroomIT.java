package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classroom without Internet: the teacher packs the course from the shared engine; a learner's
 * engine (our own, started here, with no course image) refuses damaged packs and keeps its image
 * list, loads the sound one, then with its registry stopped, so no pull can work, lesson 3 passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineClassroomIT {
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final Path ENGINE_SCRIPT = Path.of("scripts/engine").toAbsolutePath();

    @TempDir
    static Path dir;
    private static Path engineDir;
    private static int registryPort;
    private static String learnerHost;
    private static Path pack;

    @BeforeAll
    static void teacherPacksAndALearnerEngineStarts() throws Exception {
        RealEngine.session().close(); // skips (or fails under CI) without the shared engine
        boolean linuxRoot = System.getProperty("os.name").startsWith("Linux")
                && "0".equals(run(List.of("id", "-u"), Map.of()).output().strip());
        if (!linuxRoot) {
            String message = "OfflineClassroomIT starts its own Docker engine with scripts/engine: needs root on Linux";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        pack = dir.resolve("class.tar.gz");
        Result packed = tutor(Map.of(), "--lang", "en", "pack", "--lessons",
                io.github.dockertutor.CourseParts.firstPart(dir).toString(), "--out", pack.toString());
        assertEquals(0, packed.code(), packed.output());
        assertTrue(packed.output().contains("Skipping tensorflow/tensorflow:latest"), packed.output());

        engineDir = Path.of("/tmp", "dt-pack-it-" + ProcessHandle.current().pid());
        try (ServerSocket free = new ServerSocket(0)) {
            registryPort = free.getLocalPort();
        }
        Result started = run(List.of(ENGINE_SCRIPT.toString(), "start"), engineEnv());
        assertEquals(0, started.code(), started.output());
        learnerHost = "unix://" + engineDir.resolve("docker.sock");
        // a learner who never pulled anything: no course image on this engine
        docker("rmi", "-f", "busybox:latest");
        assertFalse(images().contains("busybox:latest"), images());
    }

    @AfterAll
    static void stopTheLearnerEngine() throws Exception {
        if (engineDir != null) {
            Result stopped = run(List.of(ENGINE_SCRIPT.toString(), "stop"), engineEnv());
            assertEquals(0, stopped.code(), stopped.output());
            run(List.of("rm", "-rf", engineDir.toString()), Map.of());
        }
    }

    @Test
    @Order(1)
    void aDamagedPackIsRefusedInBothLanguagesAndNothingIsLoaded() throws Exception {
        byte[] bytes = Files.readAllBytes(pack);
        Path cut = dir.resolve("cut.tar.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        byte[] tar = Packs.gunzip(pack);
        long imagesAt = indexOfEntry(tar, PackManifest.IMAGES) + TarOutput.BLOCK;
        long imagesSize = PackReader.verify(pack, manifest -> done -> { }).entries().get(PackManifest.IMAGES).size();
        for (int i = 0; i < 16; i++) {
            tar[(int) (imagesAt + imagesSize / 2 + i)] ^= (byte) 0x5a;
        }
        Path flipped = dir.resolve("flipped.tar.gz");
        Packs.gzipTo(tar, flipped);
        String before = images();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String nothing = messages.get("pack.load.refused", "");
            Result truncated = tutor(Map.of("DOCKER_HOST", learnerHost), "--lang", language.tag(), "load", cut.toString());
            assertEquals(1, truncated.code(), truncated.output());
            assertTrue(truncated.output().contains(nothing + messages.get("pack.verify.truncated", "images.tar")),
                    truncated.output());
            Result damaged = tutor(Map.of("DOCKER_HOST", learnerHost), "--lang", language.tag(), "load", flipped.toString());
            assertEquals(1, damaged.code(), damaged.output());
            assertTrue(damaged.output().contains(nothing + messages.get("pack.verify.checksum", "images.tar")),
                    damaged.output());
            assertEquals(before, images(), "a refused pack changed the engine's images");
        }
    }

    @Test
    @Order(2)
    void theLoadedPackIsEnoughForLessonThreeWithNoRegistry() throws Exception {
        Result loaded = tutor(Map.of("DOCKER_HOST", learnerHost), "--lang", "en", "load", pack.toString());
        assertEquals(0, loaded.code(), loaded.output());
        assertTrue(loaded.output().contains("Loaded busybox:latest"), loaded.output());
        assertTrue(images().contains("busybox:latest"), images());

        // the classroom's network is gone: no registry, no mirror, nothing to pull from
        String pid = Files.readString(engineDir.resolve("registry.pid")).strip();
        assertEquals(0, run(List.of("kill", pid), Map.of()).code());
        Result pull = run(List.of("timeout", "60", "docker", "pull", "busybox"), Map.of("DOCKER_HOST", learnerHost));
        assertNotEquals(0, pull.code(), "a pull still worked, so this test proves nothing:\n" + pull.output());

        Messages messages = Messages.of(Language.EN);
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of("DOCKER_HOST", learnerHost),
                "--lang", "en", "--workspace", dir.resolve("workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString())) {
            int at = tutor.await(messages.get("lesson.howToStart"), 0, STEP);
            tutor.send("start 3");
            at = tutor.await(messages.get("lesson.heading", 3, "Pull an image"), at, STEP);
            tutor.send("check"); // pull-busybox: the image is there, from the pack
            at = tutor.await(prefix(messages, "step.passed"), at, STEP);
            for (String required : List.of("list-images", "tags")) {
                tutor.send("solution");
                tutor.send("y");
                at = tutor.await(prefix(messages, "step.passed"), at, STEP);
            }
            tutor.send("next"); // pull-tensorflow: optional, 1.5 GB, not in the pack
            at = tutor.await(messages.get("lesson.skipped"), at, STEP);
            at = tutor.await(prefix(messages, "lesson.finished"), at, STEP);
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
        }
    }

    private static String prefix(Messages messages, String key) {
        String text = messages.get(key, "\u0000", "\u0000");
        return text.substring(0, text.indexOf('\u0000'));
    }

    private static Map<String, String> engineEnv() {
        return Map.of("DOCKERTUTOR_ENGINE_DIR", engineDir.toString(),
                "DOCKERTUTOR_REGISTRY_PORT", Integer.toString(registryPort));
    }

    private static String images() throws Exception {
        return docker("images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}").output();
    }

    private static Result docker(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return run(command, Map.of("DOCKER_HOST", learnerHost));
    }

    private static Result tutor(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", TutorProcess.jar().toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DOCKERTUTOR_HOME", dir.resolve("home").toString());
        return run(command, all);
    }

    record Result(int code, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("did not end: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static long indexOfEntry(byte[] tar, String name) {
        byte[] needle = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= tar.length; i += TarOutput.BLOCK) {
            for (int j = 0; j < needle.length; j++) {
                if (tar[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no " + name + " entry");
    }
}
