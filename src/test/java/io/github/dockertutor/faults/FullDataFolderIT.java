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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder is a full disk (a 64 KiB tmpfs, filled): no command may say "saved" or "Step
 * done" without the learner also reading that nothing reached the disk, after every command that
 * saves, not only docker ones; quit says the session was not saved. Once space is back, the next
 * save writes everything the session kept in memory, and says so: nothing is lost.
 */
class FullDataFolderIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dir;

    @Test
    void noSavedIsSaidWhileTheDiskIsFullAndEverythingIsSavedOnceSpaceIsBack() throws Exception {
        PrivateEngine.requireRoot();
        Path home = Files.createDirectories(dir.resolve("home"));
        run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", home.toString());
        try {
            Path filler = home.resolve("filler");
            fill(filler);
            try (TutorProcess tutor = TutorProcess.start(home, Map.of("DOCKER_HOST", "unix://" + dir.resolve("none.sock")),
                    "--lang", "en", "--workspace", dir.resolve("workspace").toString())) {
                int at = tutor.await(EN.get("lesson.howToStart"), 0, WAIT);
                tutor.send("start 1");
                at = tutor.await(prefix("progress.unsaved"), at, WAIT);
                tutor.send("answer b");
                at = tutor.await(prefix("step.passed"), at, WAIT);
                at = tutor.await(prefix("progress.stillUnsaved"), at, WAIT);
                tutor.send("name 王小明");
                at = tutor.await(prefix("report.name.notSaved"), at, WAIT);
                at = tutor.await(prefix("progress.stillUnsaved"), at, WAIT);
                tutor.send("next");
                tutor.send("next"); // the second skips the step, which saves
                at = tutor.await(EN.get("lesson.skipped"), at, WAIT);
                at = tutor.await(prefix("progress.stillUnsaved"), at, WAIT);
                String whileFull = tutor.output();
                assertFalse(whileFull.contains(EN.get("report.name.saved", "王小明")), whileFull);
                assertFalse(Files.exists(home.resolve("progress.json")), "nothing could be written, yet a file is there");

                // space is back: the next command that saves writes all the session kept in memory
                Files.delete(filler);
                tutor.send("hint");
                at = tutor.await(prefix("progress.savedAgain"), at, WAIT);
                JsonNode saved = new ObjectMapper().readTree(home.resolve("progress.json").toFile());
                assertEquals("done", saved.path("lessons").path("01-why-docker").path("steps")
                        .path("what-an-app-needs").path("state").asText(), saved.toString());
                assertEquals("王小明", saved.path("name").asText(), saved.toString());

                // full again before quit: the goodbye does not claim what is not true
                fill(filler);
                tutor.send("hint");
                at = tutor.await(prefix("progress.unsaved"), at, WAIT);
                tutor.send("quit");
                at = tutor.await(prefix("shell.bye.unsaved"), at, WAIT);
                assertEquals(0, tutor.finish(WAIT));
                String output = tutor.output();
                assertFalse(output.contains(EN.get("shell.bye")), output);
                assertFalse(output.contains("Exception") || output.contains("\tat "), output);
            }
        } finally {
            run("umount", "-l", home.toString());
        }
    }

    /** Writes until the file system refuses. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // full: exactly what this test needs
        }
        assertTrue(Files.size(filler) > 0, "the tmpfs took nothing at all");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    /** The first words of a message: the tutor wraps at 80 columns, so a longer piece may span a line end. */
    private static String prefix(String key) {
        String text = FrozenEngineIT.prefix(key).strip();
        return text.length() <= 25 ? text : text.substring(0, 25);
    }
}
