package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's pack of a 150 MB image, stopped half-way: by Ctrl-C, nothing of it stays beside the
 * pack; by kill -9, which runs nothing, the next pack in that folder removes what it left. Runs
 * against an engine of its own.
 */
class InterruptedPackIT {
    private static final Duration WAIT = Duration.ofSeconds(180);

    private static PrivateEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void anEngineWithABigImageAndACourseThatNeedsIt() throws Exception {
        engine = PrivateEngine.start("k");
        engine.shell("head -c 150000000 /dev/urandom > '" + dir.resolve("blob") + "' && tar -C '" + dir
                + "' -c blob | docker import - dtbig:1 >/dev/null && rm '" + dir.resolve("blob") + "'");
        Path lesson = Files.createDirectories(dir.resolve("course").resolve("01-big"));
        Files.writeString(lesson.resolve("lesson.yaml"), """
                format: 1
                id: 01-big
                title:
                  en: A big image
                  zh-TW: 大映像檔
                images:
                  - dtbig:1
                steps:
                  - id: pick
                    check:
                      kind: quiz
                      answer: a
                    hints:
                      - en: "Type answer a."
                        zh-TW: "輸入 answer a。"
                    solution:
                      commands: ["answer a"]
                """, StandardCharsets.UTF_8);
        for (String language : List.of("en", "zh-TW")) {
            Files.writeString(lesson.resolve(language + ".md"), "# Big\n\nIntro.\n\n## Pick {#pick}\n\na) yes\n",
                    StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void ctrlCLeavesNothingAndKill9LeavesWhatTheNextPackRemoves() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (TutorProcess pack = startPack(out)) {
            awaitTempFile(out, pack);
            pack.interrupt();
            assertNotEquals(0, pack.finish(WAIT), pack.output());
        }
        assertEquals(List.of(), leftovers(out), "Ctrl-C left a half-made pack");
        assertFalse(Files.exists(out.resolve("class.tar.gz")));

        try (TutorProcess pack = startPack(out)) {
            awaitTempFile(out, pack);
            pack.close(); // kill -9: nothing of the tutor's runs
            Thread.sleep(500);
        }
        assertFalse(leftovers(out).isEmpty(), "kill -9 ran the tutor's cleanup after all?");

        try (TutorProcess pack = startPack(out)) {
            assertEquals(0, pack.finish(WAIT), pack.output());
        }
        assertEquals(List.of(), leftovers(out), "the next pack did not remove what kill -9 left");
        assertTrue(Files.size(out.resolve("class.tar.gz")) > 100_000_000);
    }

    private static TutorProcess startPack(Path out) throws Exception {
        return TutorProcess.start(dir.resolve("home"), Map.of("DOCKER_HOST", engine.dockerHost()), "--lang", "en",
                "pack", "--lessons", dir.resolve("course").toString(), "--out", out.resolve("class.tar.gz").toString());
    }

    /** Waits until the pack is half-way: its compressed images have grown past a few MB. */
    private static void awaitTempFile(Path out, TutorProcess pack) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Path file : leftovers(out)) {
                if (Files.exists(file) && Files.size(file) > 5_000_000) {
                    return;
                }
            }
            if (!pack.isAlive()) {
                fail("the pack ended before it was half-way:\n" + pack.output());
            }
            Thread.sleep(50);
        }
        fail("no temporary file grew:\n" + pack.output());
    }

    private static List<Path> leftovers(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".dockertutor-pack-")).toList();
        }
    }
}
