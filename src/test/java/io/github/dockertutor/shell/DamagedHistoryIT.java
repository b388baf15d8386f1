package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutor on a real terminal, its history file damaged in each way seen in the field: random
 * bytes, a UTF-8 character cut in two, a folder, a FIFO, a line JLine did not write, a file far
 * too large. Each time it reaches its prompt, says the history was set aside (never deleted), and
 * quits cleanly; no "Something went wrong", no stack trace. No engine is needed.
 */
class DamagedHistoryIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"random", "cutUtf8", "folder", "fifo", "noTimeStamp", "huge"})
    void theTutorStartsSetsTheHistoryAsideAndQuits(String damage) throws Exception {
        if (!PtyProcess.available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("util-linux 'script' is needed to give the tutor a terminal");
            }
            Assumptions.abort("no 'script' command to make a pseudo-terminal");
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        damage(home.resolve("history"), damage);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -jar " + TutorProcess.jar() + " --lang en --workspace " + dir.resolve("workspace");
        try (PtyProcess tutor = PtyProcess.start(command, 100, 30, Map.of("DOCKERTUTOR_HOME", home.toString(),
                "DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"), "TERM", "xterm-256color"))) {
            tutor.await(Pattern.compile("could not be read, so it was set aside"), WAIT);
            tutor.await(Pattern.compile("docker> "), WAIT);
            tutor.type("lessons\r");
            tutor.await(Pattern.compile("(?s)lessons.*docker> "), WAIT);
            tutor.type("quit\r");
            assertEquals(0, tutor.awaitExit(WAIT), tutor.screen());
            String screen = tutor.screen();
            assertFalse(screen.contains("Something went wrong") || screen.contains("Exception"), screen);
        }
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("history.damaged-")),
                    "the damaged history was not kept aside");
        }
        assertTrue(Files.isRegularFile(home.resolve("history")), "a new history was not started");
    }

    private static void damage(Path history, String how) throws IOException, InterruptedException {
        switch (how) {
            case "random" -> {
                byte[] bytes = new byte[4096];
                new Random(13).nextBytes(bytes);
                Files.write(history, bytes);
            }
            case "cutUtf8" -> Files.write(history, cut());
            case "folder" -> Files.createDirectories(history.resolve("inside"));
            case "fifo" -> {
                Process mkfifo = new ProcessBuilder("mkfifo", history.toString()).start();
                assertEquals(0, mkfifo.waitFor());
            }
            case "noTimeStamp" -> Files.writeString(history, "docker ps\ndocker images\n");
            case "huge" -> Files.write(history, ("1700000000000:" + "x".repeat(1000) + "\n").repeat(3000)
                    .getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(how);
        }
    }

    /** A history whose last character, 你, lost its last byte: as a full disk or a killed editor leaves it. */
    private static byte[] cut() {
        byte[] whole = "1700000000000:docker ps\n1700000000001:echo 你".getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(whole, whole.length - 1);
    }
}
