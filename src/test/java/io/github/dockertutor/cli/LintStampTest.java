package io.github.dockertutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's round with translations, on a copy of the shipped course: the course passes
 * {@code lint --strict}; one changed English sentence makes its Chinese section a warning, an error
 * under --strict naming zh-TW.md and its line; {@code lint --stamp} after the translation is updated
 * makes it pass again, touching only that heading.
 */
class LintStampTest {
    private static final String LESSON = "04-run-a-container";

    @TempDir
    Path dir;
    private Path course;

    @BeforeEach
    void copyTheCourse() throws IOException {
        course = dir.resolve("lessons");
        io.github.dockertutor.CourseParts.copyTree(Path.of("lessons"), course);
    }

    private Cli.Run lint(String... args) {
        String[] all = Stream.concat(Stream.of("--lang", "en", "lint"), Stream.of(args)).toArray(String[]::new);
        return Cli.run(dir.resolve("home"), dir, Map.of(), "", all);
    }

    @Test
    void theCoursePassesStrict() throws IOException {
        Cli.Run run = lint("--strict", "lessons");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertEquals(List.of(shipped() + " lessons, 0 problems"), run.out().lines().toList());
    }

    @Test
    void aChangedEnglishStepFailsStrictOnItsTranslationUntilItIsStamped() throws IOException {
        Path english = course.resolve(LESSON).resolve("en.md");
        Path chinese = course.resolve(LESSON).resolve("zh-TW.md");
        String before = Files.readString(chinese);
        int englishLine = lineOf(english, "{#list-containers}");
        int chineseLine = lineOf(chinese, "{#list-containers");
        String changed = Files.readString(english).replace("Ask Docker which containers are running:",
                "Ask Docker which containers run right now:");
        assertTrue(!changed.equals(Files.readString(english)), "the English sentence to change is there");
        Files.writeString(english, changed);

        Cli.Run strict = lint("--strict", "lessons");
        assertEquals(ExitCode.FAILURE, strict.code(), strict.out());
        List<String> lines = strict.out().lines().toList();
        assertEquals(3, lines.size(), strict.out());
        assertTrue(lines.get(0).startsWith("lessons/" + LESSON + "/zh-TW.md:" + chineseLine
                + ": error (--strict): the English of {#list-containers} (en.md:" + englishLine + ") changed after this"
                + " translation was written (stamp "), lines.get(0));
        assertTrue(lines.get(0).endsWith("bring the translation up to date, then stamp it"), lines.get(0));
        assertEquals("lessons/" + LESSON + ": once its translation is up to date, record that with: dockertutor lint"
                + " --stamp lessons/" + LESSON, lines.get(1));
        assertEquals(shipped() + " lessons, 0 problems, 1 warning (--strict: warnings count as problems)", lines.get(2));

        Cli.Run lenient = lint("lessons");
        assertEquals(ExitCode.OK, lenient.code(), "without --strict a stale translation is only a warning");
        assertTrue(lenient.out().contains("zh-TW.md:" + chineseLine + ": warning: the English of {#list-containers}"),
                lenient.out());

        Cli.Run stamp = lint("--stamp", "lessons/" + LESSON);
        assertEquals(ExitCode.OK, stamp.code(), stamp.out() + stamp.err());
        assertTrue(stamp.out().startsWith("lessons/" + LESSON + "/zh-TW.md:" + chineseLine
                + ": {#list-containers}: stamp changed from "), stamp.out());
        assertTrue(stamp.out().contains("stamps written: 1; sections already up to date: 3"), stamp.out());
        assertEquals(ExitCode.OK, lint("--strict", "lessons").code());
        List<String> rewritten = diff(before, Files.readString(chinese));
        assertEquals(1, rewritten.size(), "only the heading's stamp changed: " + rewritten);
        assertTrue(rewritten.get(0).contains("{#list-containers src="), rewritten.get(0));
    }

    @Test
    void aNeverStampedSectionIsAWarningAndStampingKeepsWindowsLineEnds() throws IOException {
        Path chinese = course.resolve(LESSON).resolve("zh-TW.md");
        String crlf = Files.readString(chinese).replaceAll(" src=[0-9a-f]{7}\\}", "}").replace("\n", "\r\n");
        Files.writeString(chinese, crlf);
        Cli.Run strict = lint("--strict", "lessons/" + LESSON);
        assertEquals(ExitCode.FAILURE, strict.code(), strict.out());
        assertTrue(strict.out().contains(": {#run-busybox} has never been stamped"), strict.out());
        assertTrue(strict.out().endsWith("1 lesson, 0 problems, 3 warnings (--strict: warnings count as problems)\n"),
                strict.out());

        assertEquals(ExitCode.OK, lint("--stamp", "lessons/" + LESSON).code());
        String stamped = Files.readString(chinese);
        assertEquals(crlf.split("\r\n").length, stamped.split("\r\n").length, "every line still ends in CR LF");
        assertTrue(!stamped.replace("\r\n", "").contains("\n"), "no bare LF was written");
        assertEquals(ExitCode.OK, lint("--strict", "lessons").code());
        Cli.Run again = lint("--stamp", "lessons");
        assertTrue(again.out().contains("stamps written: 0;"), "stamping twice changes nothing: " + again.out());
    }

    @Test
    void aStampInTheEnglishIsAnError() throws IOException {
        Path english = course.resolve(LESSON).resolve("en.md");
        Files.writeString(english, Files.readString(english).replace("{#run-busybox}", "{#run-busybox src=1234567}"));
        Cli.Run run = lint("lessons");
        assertEquals(ExitCode.FAILURE, run.code());
        assertTrue(run.out().contains("en.md:" + lineOf(english, "{#run-busybox") + ": en.md is the English source"),
                run.out());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static List<String> diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        return java.util.stream.IntStream.range(0, a.size()).filter(i -> !a.get(i).equals(b.get(i)))
                .mapToObj(b::get).toList();
    }

    /** How many lessons the course ships: the tests hold for a course that grows. */
    private static long shipped() throws IOException {
        try (java.util.stream.Stream<Path> folders = Files.list(Path.of("lessons"))) {
            return folders.filter(folder -> folder.getFileName().toString().matches("\\d\\d-.*")).count();
        }
    }
}
