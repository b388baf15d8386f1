package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.Cli;
import io.github.dockertutor.CourseParts;
import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
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

    @TempDir
    static Path dir;
    private static PrivateEngine learner;
    private static String learnerHost;
    private static Path pack;

    @BeforeAll
    static void teacherPacksAndALearnerEngineStarts() throws Exception {
        RealEngine.session().close(); // skips (or fails under CI) without the shared engine
        PrivateEngine.requireRoot(); // for the learner's engine
        pack = dir.resolve("class.tar.gz");
        Result packed = tutor(Map.of(), "--lang", "en", "pack", "--lessons",
                CourseParts.firstPart(dir).toString(), "--out", pack.toString());
        assertEquals(0, packed.code(), packed.output());
        assertTrue(packed.output().contains("Skipping tensorflow/tensorflow:latest"), packed.output());

        learner = PrivateEngine.start("oc");
        learnerHost = learner.dockerHost();
        // a learner who never pulled anything: no course image on this engine
        learner.docker("rmi", "-f", "busybox:latest");
        assertFalse(images().contains("busybox:latest"), images());
    }

    @AfterAll
    static void stopTheLearnerEngine() throws Exception {
        if (learner != null) {
            learner.close();
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
            assertRefused(cut, "pack.verify.truncated", language);
            assertRefused(flipped, "pack.verify.checksum", language);
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
        learner.cutOffRegistry();

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

    /**
     * Loads a damaged pack and expects it refused for that reason. In this JVM, not the jar's: the
     * refusal comes before the engine is reached, and the jar's own load is the sound one below
     * (four starts of a JVM saved, about 3 s).
     */
    private static void assertRefused(Path damaged, String reason, Language language) {
        Messages messages = Messages.of(language);
        Cli.Run load = Cli.run(dir.resolve("refused"), dir, Map.of("DOCKER_HOST", learnerHost), "",
                "--lang", language.tag(), "load", damaged.toString());
        assertEquals(1, load.code(), load.out() + load.err());
        assertTrue(load.err().contains(messages.get("pack.load.refused", messages.get(reason, "images.tar"))),
                load.out() + load.err());
    }

    private static String prefix(Messages messages, String key) {
        String text = messages.get(key, "\u0000", "\u0000");
        return text.substring(0, text.indexOf('\u0000'));
    }

    private static String images() throws Exception {
        return learner.docker("images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}");
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
