package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded random mutations of a sound lesson: every outcome is a lesson or a list of
 * problems, never an exception, never our own failure ({@code lint.internal}), and fast.
 */
class LessonReaderFuzzTest {
    private static final long SEED = 20240611L;
    private static final int CASES = 3000;
    private static final String[] FILES = {"lesson.yaml", "lesson.yaml", "lesson.yaml", "en.md", "zh-TW.md"};
    private static final String[] TOKENS = {":", ": ", "- ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!!str ",
            "!foo ", "!!python/object ", "\n", "\t", "  ", "'", "\"", "|", ">", "---\n", "...\n", "? ", "<<: *a",
            "%YAML 1.1\n", "## ", "```", "~~~", "{#", "{#x}", "映像檔", "\uFEFF", "\0", "\r", "\\", "@", "`",
            "70000", "-1", "true", "null", "~", "kind: ", "id: ", "..", "/etc/passwd", "\uD83D\uDE00"};

    /** Ten thousand nested lists: refused at the bound, before the composer's recursion overflows the stack. */
    @Test
    void aDeepNestingIsRefusedByLine(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("02-pull-an-image");
        Files.createDirectories(folder);
        for (String file : new String[] {"en.md", "zh-TW.md"}) {
            Files.copy(Fixtures.path("course").resolve("02-pull-an-image").resolve(file), folder.resolve(file));
        }
        Files.writeString(folder.resolve("lesson.yaml"), "format: 1\nid: deep\nsteps:\n  - " + "[".repeat(10_000));
        LessonReader.Result result = LessonReader.read(folder, true);
        assertTrue(result.lesson().isEmpty());
        assertTrue(result.problems().stream().anyMatch(p -> p.messageKey().equals("lint.yaml.tooDeep") && p.line() == 4),
                result.problems().toString());
    }

    @Test
    void randomMutationsNeverThrow(@TempDir Path temp) throws IOException {
        Path good = Fixtures.path("course").resolve("02-pull-an-image");
        Path folder = temp.resolve("02-pull-an-image");
        Files.createDirectories(folder);
        String[] originals = new String[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            originals[i] = Files.readString(good.resolve(FILES[i]));
            Files.writeString(folder.resolve(FILES[i]), originals[i]);
        }
        assertTrue(LessonReader.read(folder, true).lesson().isPresent(), "the unmutated lesson loads");

        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            for (int n = 0; n < CASES; n++) {
                int which = random.nextInt(FILES.length);
                Path file = folder.resolve(FILES[which]);
                byte[] mutated = mutate(originals[which], random);
                Files.write(file, mutated);
                LessonReader.Result result = LessonReader.read(folder, true);
                assertNotNull(result.problems());
                String context = "case " + n + " in " + FILES[which] + ":\n" + new String(mutated, StandardCharsets.UTF_8);
                assertFalse(result.problems().stream().anyMatch(p -> p.messageKey().equals("lint.internal")),
                        () -> context + "\n" + result.problems());
                assertEquals(result.lesson().isPresent(),
                        result.problems().stream().allMatch(LintProblem::translationGap), context);
                for (LintProblem problem : result.problems()) {
                    assertTrue(problem.line() >= 0, context);
                    assertTrue(problem.file().startsWith(folder), context);
                }
                outcomes[result.lesson().isPresent() ? 0 : 1]++;
                Files.writeString(file, originals[which]);
            }
        });
        // both outcomes happen: the mutations reach the checks, and harmless ones still load
        assertTrue(outcomes[0] > 50 && outcomes[1] > 50, Arrays.toString(outcomes));
    }

    private static byte[] mutate(String original, Random random) {
        StringBuilder text = new StringBuilder(original);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                case 2 -> text.setLength(at);
                case 3 -> editLines(text, random, "duplicate");
                case 4 -> editLines(text, random, "delete");
                case 5 -> editLines(text, random, "swap");
                case 6 -> editLines(text, random, "indent");
                case 7 -> text.insert(at, "[".repeat(1 + random.nextInt(200)));
                default -> {
                    if (text.length() > 0) {
                        text.setCharAt(Math.min(at, text.length() - 1), (char) random.nextInt(0x3000));
                    }
                }
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(40) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // not UTF-8 any more
        }
        return bytes;
    }

    private static void editLines(StringBuilder text, Random random, String how) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (how) {
            case "duplicate" -> lines.add(a, lines.get(a));
            case "delete" -> lines.remove(a);
            case "swap" -> {
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            default -> lines.set(a, random.nextBoolean() ? "  " + lines.get(a) : lines.get(a).replaceFirst("^ {1,2}", ""));
        }
        text.setLength(0);
        text.append(String.join("\n", lines));
    }
}
