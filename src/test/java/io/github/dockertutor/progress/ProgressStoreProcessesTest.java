package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real separate JVMs on one progress folder: two tutors at once, and a tutor killed with SIGKILL mid-save. */
class ProgressStoreProcessesTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesSavingInterleavedKeepEveryStepOfBoth() throws Exception {
        int saves = 200;
        Process a = hammer("a", saves);
        Process b = hammer("b", saves);
        List<String> outA = drain(a);
        List<String> outB = drain(b);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "hammers finished");
        assertEquals(0, a.exitValue(), String.join("\n", outA));
        assertEquals(0, b.exitValue(), String.join("\n", outB));

        LoadResult result = new ProgressStore(dir).load();
        assertTrue(result.notices().isEmpty(), result.notices().toString());
        for (int i = 0; i < saves; i++) {
            assertTrue(result.progress().isDone(ProgressHammer.LESSON, "a-" + i), "a-" + i);
            assertTrue(result.progress().isDone(ProgressHammer.LESSON, "b-" + i), "b-" + i);
        }
    }

    @Test
    void killMinusNineAtAnyMomentLosesAtMostTheStepInFlight() throws Exception {
        int[] killAfter = {5, 37, 90};
        List<String> reported = new ArrayList<>();
        for (int round = 0; round < killAfter.length; round++) {
            String name = "r" + round;
            Process child = hammer(name, 1_000_000);
            try (BufferedReader out = reader(child)) {
                String line;
                int saved = -1;
                while (saved < killAfter[round] && (line = out.readLine()) != null) {
                    assertTrue(line.startsWith("saved "), line);
                    saved = Integer.parseInt(line.substring(6));
                    reported.add(name + "-" + saved);
                }
                child.destroyForcibly(); // SIGKILL on Linux and macOS: no finally, no shutdown hook
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }

            LoadResult result = new ProgressStore(dir).load();
            assertTrue(result.notices().isEmpty(), "round " + round + ": " + result.notices());
            for (String step : reported) {
                assertTrue(result.progress().isDone(ProgressHammer.LESSON, step), "round " + round + " lost " + step);
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "leftovers cleaned by load");
            }
        }
    }

    private Process hammer(String name, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xshare:auto", "-cp", classPath, ProgressHammer.class.getName(),
                dir.toString(), name, String.valueOf(count))
                .redirectErrorStream(true)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads a child's output on a thread of its own, so a full pipe never stalls it. */
    private static List<String> drain(Process process) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = reader(process)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
