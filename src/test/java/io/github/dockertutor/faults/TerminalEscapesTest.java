package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.pack.PackManifest;
import io.github.dockertutor.pack.PackWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that comes from data reaches the terminal escaped: a pack's version and references, a name
 * for a report, a line piped in and echoed, a lesson's title and prose. An escape sequence there
 * could retitle or clear the learner's terminal, and a bidi override show one thing as another;
 * none may reach the screen as it is. No engine is needed.
 */
class TerminalEscapesTest {
    /** OSC 0 retitles the terminal; BEL ends it. */
    private static final String RETITLE = "\u001b]0;pwned\u0007";
    /** Right-to-left override: what follows is shown backwards. */
    private static final String OVERRIDE = "\u202e";

    @TempDir
    Path home;

    private Cli.Run tutor(String typed, String... args) {
        return Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("no-engine.sock")), typed, args);
    }

    private static void assertNothingRaw(Cli.Run run) {
        for (String output : List.of(run.out(), run.err())) {
            assertFalse(output.contains("\u001b") || output.contains("\u0007"), "a raw control character:\n" + output);
            assertFalse(output.contains(OVERRIDE), "a raw bidi override:\n" + output);
        }
    }

    @Test
    void aPacksVersionAndReferencesAreShownEscaped() throws Exception {
        Path images = Files.write(home.resolve("images.tar"), new byte[1024]);
        Path pack = home.resolve("crafted.tar.gz");
        PackWriter.write(pack, new PackManifest(PackManifest.FORMAT, "1.0" + RETITLE + OVERRIDE, Instant.now(),
                List.of(), Map.of()), List.of(), images, sha256(new byte[1024]), done -> { });
        Cli.Run run = tutor("", "--lang", "en", "load", pack.toString());
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertNothingRaw(run);
        assertTrue(run.out().contains("1.0\\x1B]0;pwned\\x07\\u202E"), run.out());
    }

    @Test
    void aReportNameWithControlOrBidiCharactersIsRefused() {
        for (String name : List.of("Wang" + RETITLE, "evil" + OVERRIDE + "gnaw")) {
            Cli.Run run = tutor("", "--lang", "en", "report", "--name", name);
            assertEquals(ExitCode.USAGE, run.code(), run.out() + run.err());
            assertNothingRaw(run);
            try (var files = Files.list(home)) {
                assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".json")), "a report was written");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Cli.Run named = tutor("", "--lang", "en", "report", "--name", "王小明");
        assertEquals(ExitCode.OK, named.code(), named.out() + named.err());
        assertTrue(named.out().contains("王小明"), named.out());
    }

    @Test
    void aPipedLineIsEchoedEscaped() {
        Cli.Run run = tutor("lessons" + RETITLE + "\nname x" + OVERRIDE + "y\nquit\n", "--lang", "en",
                "--workspace", home.resolve("workspace").toString());
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertNothingRaw(run);
        assertTrue(run.out().contains("docker> lessons\\x1B]0;pwned\\x07"), run.out());
    }

    @Test
    void aLessonsTitleAndProseAreShownEscaped() throws Exception {
        Path lesson = Files.createDirectories(home.resolve("course").resolve("01-tricky"));
        Files.writeString(lesson.resolve("lesson.yaml"), """
                format: 1
                id: 01-tricky
                title:
                  en: "Safe \u202eexe.txt"
                  zh-TW: "安全 \u202eexe.txt"
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
            Files.writeString(lesson.resolve(language + ".md"), "# Tricky\n\nIntro \u001b[2J text.\n\n"
                    + "## Pick {#pick}\n\nThe file is \u202eexe.txt, a) yes b) no.\n", StandardCharsets.UTF_8);
        }
        for (String language : List.of("en", "zh-TW")) {
            Cli.Run run = tutor("lessons\nstart 1\nquit\n", "--lang", language, "--lessons",
                    home.resolve("course").toString(), "--workspace", home.resolve("workspace").toString());
            assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
            assertNothingRaw(run);
            assertTrue(run.out().contains("\\u202Eexe.txt"), run.out());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
