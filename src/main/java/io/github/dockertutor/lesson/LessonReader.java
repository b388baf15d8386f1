package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one lesson folder (lesson.yaml, en.md, zh-TW.md) into a {@link Lesson}, or into the list of
 * everything wrong with it. Never throws for anything a file contains.
 */
final class LessonReader {
    static final String YAML = "lesson.yaml";
    /** Far above any real lesson file; keeps a stray binary or generated file from eating memory. */
    static final long MAX_FILE_BYTES = 512 * 1024;

    /**
     * The outcome for one folder.
     *
     * @param lesson   the lesson, or empty when it has problems other than missing translations
     * @param problems everything wrong with it, in file order within each file
     * @param yaml     lesson.yaml as far as it could be read, for the checks across lessons
     * @param warnings what does not keep the lesson from loading but a teacher should see: translated
     *                 sections whose English changed since (see {@link StaleTranslations})
     */
    record Result(Optional<Lesson> lesson, List<LintProblem> problems, Optional<LessonYaml> yaml,
                  List<LintProblem> warnings) {
    }

    private LessonReader() {
    }

    /**
     * Reads one lesson folder; {@code compareTranslations} also warns of translated sections whose
     * English changed since they were written (lint's; a learner never sees these warnings).
     */
    static Result read(Path folder, boolean compareTranslations) {
        List<LintProblem> problems = new ArrayList<>();
        Optional<Lesson> lesson = Optional.empty();
        List<LessonYaml> yaml = new ArrayList<>(1);
        List<LintProblem> warnings = new ArrayList<>();
        try {
            lesson = read(folder, problems, yaml, compareTranslations, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not stop the rest of the course: report it against the lesson instead
            problems.add(new LintProblem(folder, 0, "lint.internal", String.valueOf(e)));
        }
        boolean loadable = problems.stream().allMatch(LintProblem::translationGap);
        return new Result(loadable ? lesson : Optional.empty(), List.copyOf(problems),
                yaml.stream().findFirst(), List.copyOf(warnings));
    }

    private static Optional<Lesson> read(Path folder, List<LintProblem> problems, List<LessonYaml> yamlOut,
                                         boolean compareTranslations, List<LintProblem> warnings) {
        String folderName = folder.getFileName() == null ? "" : folder.getFileName().toString().replace("/", "");
        if (!Ids.isLessonId(folderName)) {
            problems.add(new LintProblem(folder, 0, "lint.folder.name", folderName));
        }
        Path yamlFile = folder.resolve(YAML);
        if (!Files.isRegularFile(yamlFile)) {
            problems.add(new LintProblem(folder, 0, "lint.folder.noYaml", folderName));
            return Optional.empty();
        }
        FileProblems yamlProblems = new FileProblems(yamlFile, problems);
        Optional<LessonYaml> yaml = readText(yamlFile, yamlProblems)
                .flatMap(text -> YamlText.compose(text, yamlProblems))
                .flatMap(root -> LessonYamlParser.parse(root, yamlProblems));
        yaml.ifPresent(yamlOut::add);
        yaml.map(LessonYaml::id).filter(id -> !id.equals(folderName))
                .ifPresent(id -> yamlProblems.add(yaml.get().idLine(), "lint.id.mismatch", id, folderName));

        Map<Language, Prose> prose = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(language.tag() + ".md");
            if (!Files.isRegularFile(file)) {
                problems.add(new LintProblem(file, 0, "lint.file.missing", language.tag() + ".md"));
                continue;
            }
            FileProblems mdProblems = new FileProblems(file, problems);
            readText(file, mdProblems).ifPresent(text -> prose.put(language, ProseParser.parse(text, mdProblems)));
        }
        yaml.ifPresent(read -> crossCheck(read, prose, folder, yamlProblems, problems));
        StaleTranslations.reportStampsInSource(folder, prose, problems);
        if (compareTranslations) {
            StaleTranslations.check(folder, prose, warnings);
        }
        if (!problems.stream().allMatch(LintProblem::translationGap) || yaml.isEmpty()
                || !prose.containsKey(Language.EN)) {
            return Optional.empty();
        }
        return Optional.of(LessonAssembler.assemble(yaml.get(), prose, folder));
    }

    /** Every step id of lesson.yaml has one section in each .md file, in the same order, and no more. */
    private static void crossCheck(LessonYaml yaml, Map<Language, Prose> prose, Path folder,
                                   FileProblems yamlProblems, List<LintProblem> problems) {
        List<String> yamlIds = yaml.steps().stream().map(LessonYaml.StepYaml::id).toList();
        for (Map.Entry<Language, Prose> entry : prose.entrySet()) {
            String fileName = entry.getKey().tag() + ".md";
            FileProblems mdProblems = new FileProblems(folder.resolve(fileName), problems);
            Map<String, Prose.Section> sections = new HashMap<>();
            List<String> sectionIds = new ArrayList<>();
            for (Prose.Section section : entry.getValue().sections()) {
                if (sections.putIfAbsent(section.stepId(), section) != null) {
                    continue; // a duplicate, reported by the parser
                }
                if (yamlIds.contains(section.stepId())) {
                    sectionIds.add(section.stepId());
                } else {
                    mdProblems.add(section.line(), "lint.md.extraSection", section.stepId());
                }
            }
            for (LessonYaml.StepYaml step : yaml.steps()) {
                if (!sections.containsKey(step.id())) {
                    yamlProblems.add(step.line(), "lint.md.missingSection", step.id(), fileName);
                }
            }
            List<String> expected = yamlIds.stream().filter(sections::containsKey).toList();
            for (int i = 0; i < sectionIds.size(); i++) {
                if (!sectionIds.get(i).equals(expected.get(i))) {
                    mdProblems.add(sections.get(sectionIds.get(i)).line(), "lint.md.order", sectionIds.get(i),
                            expected.get(i));
                    break; // one is enough: after the first, every later section is off too
                }
            }
        }
    }

    /** The file as UTF-8 text; reports a file too large, unreadable or not UTF-8. */
    static Optional<String> readText(Path file, FileProblems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(0, "lint.file.tooLarge", MAX_FILE_BYTES / 1024);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // a byte-order mark is invisible to authors and would glue itself to the first key or heading
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(0, "lint.file.encoding");
        } catch (IOException e) {
            problems.add(0, "lint.file.unreadable", String.valueOf(e.getMessage()));
        }
        return Optional.empty();
    }
}
