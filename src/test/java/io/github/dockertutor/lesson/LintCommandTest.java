package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockertutor lint DIR}: one line per problem, a summary, exit code 0 or 1. */
class LintCommandTest {

    private static List<String> run(Path dir, Language language, int expectedExit) {
        StringWriter text = new StringWriter();
        int exit = new LintCommand().run(dir, Messages.of(language), new PrintWriter(text));
        assertEquals(expectedExit, exit, text.toString());
        return text.toString().lines().toList();
    }

    @Test
    void printsEachProblemWithItsFileAndLineThenASummary() {
        Path course = Fixtures.path("course");
        List<String> lines = run(course, Language.EN, LintCommand.PROBLEMS);
        assertEquals(3, lines.size(), lines.toString());
        Path shown = course.resolve("04-broken-typo/lesson.yaml");
        String prefix = (shown.startsWith(Path.of("").toAbsolutePath())
                ? Path.of("").toAbsolutePath().relativize(shown) : shown) + ":";
        assertEquals(prefix + "13: unknown field reff in check image (a typo?); the fields are: ref, absent, label, "
                + "exposes, hasCmd, cached, changed, workdir, entrypoint", lines.get(0));
        assertEquals(prefix + "12: the required field ref is missing here", lines.get(1));
        assertEquals("4 lessons, 2 problems", lines.get(2));
    }

    @Test
    void pathsUnderTheCurrentFolderArePrintedRelative() {
        Path course = Fixtures.path("course");
        Path here = Path.of("").toAbsolutePath();
        List<String> lines = run(course, Language.EN, LintCommand.PROBLEMS);
        // Maven runs tests in the project folder, and the fixtures are under it
        assumeTrue(course.startsWith(here), "tests run from the project folder");
        assertTrue(lines.get(0).startsWith("target" + java.io.File.separator), lines.get(0));
    }

    @Test
    void aSoundCourseSaysSoInChinese(@TempDir Path temp) throws IOException {
        for (String lesson : List.of("01-first-look", "02-pull-an-image")) {
            Path folder = Files.createDirectories(temp.resolve(lesson));
            for (String file : List.of("lesson.yaml", "en.md", "zh-TW.md")) {
                Files.copy(Fixtures.path("course").resolve(lesson).resolve(file), folder.resolve(file));
            }
        }
        assertEquals(List.of("2 課，0 個問題"), run(temp, Language.ZH_TW, LintCommand.OK));
        assertEquals(List.of("2 lessons, 0 problems"), run(temp, Language.EN, LintCommand.OK));
    }

    @Test
    void oneLessonAndOneProblemAreSingular(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("01-empty"));
        List<String> lines = run(temp, Language.EN, LintCommand.PROBLEMS);
        assertEquals("1 lesson, 1 problem", lines.get(lines.size() - 1));
    }

    @Test
    void anEmptyOrMissingFolderFails(@TempDir Path temp) {
        List<String> empty = run(temp, Language.EN, LintCommand.PROBLEMS);
        assertEquals(List.of(temp + " holds no lesson folders", "0 lessons, 0 problems"), empty);
        List<String> missing = run(temp.resolve("nope"), Language.ZH_TW, LintCommand.PROBLEMS);
        assertEquals(List.of(temp.resolve("nope") + ": 這裡不是課程資料夾（不存在，或不是資料夾）", "0 課，1 個問題"), missing);
    }
}
