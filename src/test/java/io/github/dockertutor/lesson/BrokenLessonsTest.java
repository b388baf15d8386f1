package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken lesson per kind of problem under lessons-fixtures/broken, each with an expected.txt
 * naming the problems lint must report (file, line, key, arguments), and nothing else.
 */
class BrokenLessonsTest {
    private static final Path BROKEN = Fixtures.path("broken");
    private static final Course COURSE = LessonLoader.load(BROKEN);

    @TestFactory
    Stream<DynamicTest> eachBrokenLessonReportsExactlyItsProblems() throws IOException {
        List<Path> folders = folders();
        assertTrue(folders.size() >= 30, "fixture cases found: " + folders.size());
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            List<String> expected = expected(folder);
            List<String> actual = COURSE.problems().stream()
                    .filter(problem -> problem.file().startsWith(folder))
                    .map(problem -> Fixtures.describe(problem, folder))
                    .sorted().toList();
            assertEquals(expected, actual);
        }));
    }

    @Test
    void onlyTheSoundLessonAndThoseMissingOnlyTranslationsLoad() throws IOException {
        // missing Chinese (a file, a section, a title, a hint) is reported, yet the lesson loads in English
        assertEquals(List.of("05-missing-title", "14-missing-section", "19-hint-translation", "25-missing-zh-md",
                "37-same-number-a"), COURSE.lessons().stream().map(Lesson::id).sorted().toList());
        assertEquals(folders().size(), COURSE.examined());
    }

    @Test
    void aMissingTranslationShowsEnglishMarkedAsSuch() {
        Lesson missingSection = COURSE.lesson("14-missing-section").orElseThrow();
        var shown = missingSection.step("list-images").orElseThrow().body().in(Language.ZH_TW);
        assertTrue(shown.fallback());
        assertFalse(shown.text().isBlank());
        Lesson missingFile = COURSE.lesson("25-missing-zh-md").orElseThrow();
        assertTrue(missingFile.intro().in(Language.ZH_TW).fallback() || missingFile.intro().en().isBlank());
        assertTrue(missingFile.steps().get(0).title().in(Language.ZH_TW).fallback());
    }

    @Test
    void everyProblemReadsAsASentenceInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (LintProblem problem : COURSE.problems()) {
                String line = problem.format(messages);
                assertFalse(line.contains("[lint."), "no message for " + problem);
                assertFalse(line.contains(Messages.FALLBACK_MARKER), "untranslated: " + line);
                assertFalse(line.matches(".*\\{[0-9]\\}.*"), "unfilled placeholder: " + line);
                assertTrue(line.startsWith(problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + ": "), line);
            }
        }
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> entries = Files.list(BROKEN)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> expected(Path folder) throws IOException {
        Path file = folder.resolve("expected.txt");
        assertTrue(Files.isRegularFile(file), "every broken case says what it expects: " + file);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines.stream().sorted().toList();
    }
}
