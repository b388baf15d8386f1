package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For tests over a whole lessons folder (the real {@code lessons/} too): every lesson has both
 * languages, with the same step ids in the same order as lesson.yaml, and every text that lesson.yaml
 * and the .md files give per language exists in each language. Independent of the linter's own
 * cross-check, so a bug in one is caught by the other.
 */
public final class LessonParity {
    private LessonParity() {
    }

    /** Fails with every mismatch found under {@code lessonsDir}, or passes when there is none. */
    public static void assertParity(Path lessonsDir) {
        List<String> mismatches = mismatches(lessonsDir);
        if (!mismatches.isEmpty()) {
            fail("languages differ:\n  " + String.join("\n  ", mismatches));
        }
    }

    /** Every mismatch, one readable line each ({@code 03-x: zh-TW.md has steps [a] but lesson.yaml [a, b]}). */
    public static List<String> mismatches(Path lessonsDir) {
        List<String> mismatches = new ArrayList<>();
        try (Stream<Path> entries = Files.list(lessonsDir)) {
            for (Path folder : entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList()) {
                mismatches.addAll(lesson(folder));
            }
        } catch (IOException e) {
            mismatches.add(lessonsDir + ": " + e);
        }
        return mismatches;
    }

    private static List<String> lesson(Path folder) {
        String name = folder.getFileName().toString();
        List<String> mismatches = new ArrayList<>();
        List<LintProblem> ignored = new ArrayList<>();
        FileProblems yamlProblems = new FileProblems(folder.resolve(LessonReader.YAML), ignored);
        Optional<LessonYaml> yaml = LessonReader.readText(folder.resolve(LessonReader.YAML), yamlProblems)
                .flatMap(text -> YamlText.compose(text, yamlProblems))
                .flatMap(root -> LessonYamlParser.parse(root, yamlProblems));
        if (yaml.isEmpty()) {
            mismatches.add(name + ": lesson.yaml cannot be read");
            return mismatches;
        }
        List<String> stepIds = yaml.get().steps().stream().map(LessonYaml.StepYaml::id).toList();
        for (Language language : Language.values()) {
            String file = language.tag() + ".md";
            Optional<Prose> prose = LessonReader.readText(folder.resolve(file), new FileProblems(folder.resolve(file), ignored))
                    .map(text -> ProseParser.parse(text, new FileProblems(folder.resolve(file), ignored)));
            if (prose.isEmpty()) {
                mismatches.add(name + ": " + file + " is missing or unreadable");
                continue;
            }
            List<String> sectionIds = prose.get().sections().stream().map(Prose.Section::stepId).toList();
            if (!sectionIds.equals(stepIds)) {
                mismatches.add(name + ": " + file + " has steps " + sectionIds + " but lesson.yaml " + stepIds);
            }
            if (yaml.get().title() != null && yaml.get().title().get(language) == null) {
                mismatches.add(name + ": the title has no " + language.tag());
            }
            for (LessonYaml.StepYaml step : yaml.get().steps()) {
                for (int i = 0; i < step.hints().size(); i++) {
                    if (step.hints().get(i).text().get(language) == null) {
                        mismatches.add(name + ": hint " + (i + 1) + " of " + step.id() + " has no " + language.tag());
                    }
                }
            }
        }
        return mismatches;
    }

    /** The loader agrees: a folder with parity problems must also lint with problems, never load. */
    /**
     * A lesson with a language gap is either left out (it has other problems too) or loaded with
     * the gap reported as a translation gap, to be shown in English under a marker.
     */
    static void assertLoaderAgrees(Path lessonsDir) {
        List<String> mismatches = mismatches(lessonsDir);
        Course course = LessonLoader.load(lessonsDir);
        for (String mismatch : mismatches) {
            String lessonId = mismatch.substring(0, mismatch.indexOf(':'));
            if (course.lesson(lessonId).isPresent()) {
                boolean reported = course.problems().stream().anyMatch(problem -> problem.translationGap()
                        && problem.file().toString().contains(lessonId));
                assertEquals(true, reported, "loaded without reporting its gap: " + mismatch);
            }
        }
    }
}
