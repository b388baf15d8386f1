package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckField;
import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.check.FieldType;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads the node tree of a lesson.yaml into a {@link LessonYaml}, reporting every problem on its line. */
final class LessonYamlParser {
    private static final List<String> LESSON_FIELDS = List.of("format", "id", "title", "images", "steps");
    private static final List<String> STEP_FIELDS = List.of("id", "optional", "check", "hints", "solution", "wrong",
            "revisit", "feedback");
    private static final List<String> SOLUTION_FIELDS = List.of("commands", "files");
    /** What a failure can be traced back to: the Dockerfile written, the image built, the container run. */
    static final List<String> REVISIT_CAUSES = List.of("dockerfile", "build", "run");
    private static final List<String> LANGUAGE_FIELDS = languageTags();

    /** The version of lesson.yaml this tutor reads; each file says which it was written for. */
    static final int FORMAT = 1;

    private LessonYamlParser() {
    }

    static Optional<LessonYaml> parse(Node root, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(root, "lesson.yaml", LESSON_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap lesson = read.get();
        if (!lesson.has("format")) {
            problems.add(1, "lint.format.missing", FORMAT);
        } else {
            lesson.integer("format").filter(format -> format != FORMAT)
                    .ifPresent(format -> problems.add(lesson.line("format"), "lint.format.unsupported", format, FORMAT));
        }
        String id = lesson.text("id", true).orElse(null);
        LocalizedText title = lesson.required("title").map(node -> localized(node, "title", problems, lessonTitle()))
                .orElse(null);
        List<String> images = new ArrayList<>();
        List<Integer> imageLines = new ArrayList<>();
        for (Node item : lesson.list("images", false).orElse(List.of())) {
            YamlMap.text(item, "images", problems).ifPresent(image -> {
                images.add(image);
                imageLines.add(YamlMap.line(item));
            });
        }
        List<LessonYaml.StepYaml> steps = new ArrayList<>();
        lesson.list("steps", true).ifPresent(nodes -> {
            if (nodes.isEmpty()) {
                problems.add(lesson.line("steps"), "lint.steps.empty");
            }
            Map<String, Integer> firstLine = new HashMap<>();
            for (Node node : nodes) {
                step(node, problems).ifPresent(step -> {
                    Integer first = firstLine.putIfAbsent(step.id(), step.line());
                    if (first != null) {
                        problems.add(step.line(), "lint.step.duplicate", step.id(), first);
                    } else {
                        steps.add(step);
                    }
                });
            }
        });
        return Optional.of(new LessonYaml(id, lesson.line("id"), title, images, imageLines, steps));
    }

    private static Optional<LessonYaml.StepYaml> step(Node node, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, "step", STEP_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap step = read.get();
        Optional<String> id = step.text("id", true);
        String name = id.orElse("?");
        id.filter(text -> !Ids.isSlug(text)).ifPresent(text -> problems.add(step.line("id"), "lint.step.idFormat", text));
        boolean optional = step.bool("optional").orElse(false);
        CheckSpec check = step.required("check").flatMap(checkNode -> CheckParser.parse(checkNode, problems))
                .orElse(null);
        List<Hint> hints = hints(step, name, problems);
        LessonYaml.SolutionLines[] lines = {LessonYaml.SolutionLines.NONE};
        Solution solution = solution(step, name, problems, found -> lines[0] = found);
        if (check != null && solution != null) {
            for (CheckField field : check.kind().fields()) {
                String answer = check.string(field.name());
                if (field.type() == FieldType.LETTER && !solution.commands().contains("answer " + answer)) {
                    problems.add(step.line("solution"), "lint.quiz.solution", name, answer);
                }
            }
        }
        List<Solution> wrong = wrongAttempts(step, name, problems);
        if (check != null && check.kind().practice() && !optional && wrong.isEmpty() && !step.has("wrong")) {
            problems.add(step.line(), "lint.wrong.missing", name);
        }
        Map<String, String> revisit = revisit(step, problems);
        Map<String, LocalizedText> feedback = feedback(step, name, check, problems);
        return id.map(text -> new LessonYaml.StepYaml(text, step.line(), optional, check, hints, solution,
                lines[0], wrong, revisit, feedback));
    }

    private static List<Hint> hints(YamlMap step, String stepId, FileProblems problems) {
        List<Hint> hints = new ArrayList<>();
        Optional<List<Node>> nodes = step.list("hints", false);
        if (nodes.isEmpty() && !step.has("hints") || nodes.isPresent() && nodes.get().isEmpty()) {
            problems.add(step.line("hints"), "lint.step.noHints", stepId);
        }
        int number = 0;
        for (Node node : nodes.orElse(List.of())) {
            number++;
            LocalizedText text = localized(node, "hint", problems, hintMessage(number, stepId));
            if (text != null) {
                hints.add(new Hint(text));
            }
        }
        return hints;
    }

    /**
     * {@code wrong:} the attempts a learner makes that must NOT pass the step's check, each written
     * like a solution; the course test applies every one to a real engine and sees the check fail.
     */
    private static List<Solution> wrongAttempts(YamlMap step, String stepId, FileProblems problems) {
        List<Solution> attempts = new ArrayList<>();
        for (Node item : step.list("wrong", false).orElse(List.of())) {
            attempt(item, "wrong", stepId, step.line("wrong"), problems, found -> { }).ifPresent(attempts::add);
        }
        return attempts;
    }

    /**
     * {@code feedback:} for a quiz, why each wrong letter is wrong, in both languages: said when the
     * learner picks it, never revealing the right one.
     */
    private static Map<String, LocalizedText> feedback(YamlMap step, String stepId, CheckSpec check,
            FileProblems problems) {
        Map<String, LocalizedText> feedback = new LinkedHashMap<>();
        if (!step.has("feedback")) {
            return feedback;
        }
        Optional<String> answer = check == null ? Optional.empty() : check.kind().fields().stream()
                .filter(field -> field.type() == FieldType.LETTER).map(field -> check.string(field.name())).findFirst();
        if (check != null && answer.isEmpty()) {
            problems.add(step.line("feedback"), "lint.feedback.notQuiz", stepId);
            return feedback;
        }
        YamlMap.of(step.node("feedback"), "feedback", null, problems).ifPresent(map -> {
            for (String letter : map.keys()) {
                if (!letter.matches("[a-z]") || answer.map(letter::equals).orElse(false)) {
                    problems.add(map.line(letter), "lint.feedback.letter", letter, stepId);
                    continue;
                }
                LocalizedText text = localized(map.node(letter), "feedback", problems,
                        (p, line, language) -> p.add(line, "lint.feedback.missingLanguage", letter, stepId,
                                language.tag()));
                if (text != null) {
                    feedback.put(letter, text);
                }
            }
        });
        return feedback;
    }

    /** {@code revisit:} which earlier step to send the learner back to, for each cause a failure can have. */
    private static Map<String, String> revisit(YamlMap step, FileProblems problems) {
        Map<String, String> revisit = new LinkedHashMap<>();
        if (!step.has("revisit")) {
            return revisit;
        }
        YamlMap.of(step.node("revisit"), "revisit", REVISIT_CAUSES, problems).ifPresent(map -> {
            for (String cause : map.keys()) {
                map.text(cause, true).ifPresent(target -> {
                    if (target.matches("([0-9]{2}-[a-z0-9-]+/)?[a-z0-9-]+")) {
                        revisit.put(cause, target);
                    } else {
                        problems.add(map.line(cause), "lint.revisit.format", target);
                    }
                });
            }
        });
        return revisit;
    }

    private static Solution solution(YamlMap step, String stepId, FileProblems problems,
                                     java.util.function.Consumer<LessonYaml.SolutionLines> lines) {
        if (!step.has("solution")) {
            problems.add(step.line(), "lint.solution.missing", stepId);
            return null;
        }
        return attempt(step.node("solution"), "solution", stepId, step.line("solution"), problems, lines).orElse(null);
    }

    /** Commands and files to apply, as a solution or a wrong attempt writes them. */
    private static Optional<Solution> attempt(Node node, String name, String stepId, int line, FileProblems problems,
                                             java.util.function.Consumer<LessonYaml.SolutionLines> lines) {
        int before = problems.count();
        Optional<YamlMap> read = YamlMap.of(node, name, SOLUTION_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap solution = read.get();
        List<String> commands = new ArrayList<>();
        List<Integer> commandLines = new ArrayList<>();
        for (Node item : solution.list("commands", false).orElse(List.of())) {
            YamlMap.text(item, "commands", problems).ifPresent(command -> {
                commands.add(command);
                commandLines.add(YamlMap.line(item));
            });
        }
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> fileLines = new HashMap<>();
        if (solution.has("files")) {
            YamlMap.of(solution.node("files"), "files", null, problems).ifPresent(map -> {
                for (String path : map.keys()) {
                    if (!Workspace.isPortableRelative(path)) {
                        problems.add(map.line(path), "lint.path.outside", path);
                    }
                    // content may be empty (an empty file is a valid answer), but it must be text
                    Node content = map.node(path);
                    if (content instanceof ScalarNode scalar
                            && !scalar.getTag().equals(Tag.NULL)) {
                        files.put(path, scalar.getValue());
                        fileLines.put(path, map.line(path));
                    } else {
                        problems.add(YamlMap.line(content), "lint.yaml.expectText", path);
                    }
                }
            });
        }
        if (commands.isEmpty() && files.isEmpty() && problems.count() == before) {
            problems.add(line, "lint.solution.empty", stepId);
        }
        lines.accept(new LessonYaml.SolutionLines(List.copyOf(commandLines), Map.copyOf(fileLines)));
        return problems.count() == before ? Optional.of(new Solution(commands, files)) : Optional.empty();
    }

    /** The languages of a text, null where absent; {@code missing} says which message to give for an absent language. */
    private static LocalizedText localized(Node node, String name, FileProblems problems, MissingLanguage missing) {
        Optional<YamlMap> read = YamlMap.of(node, name, LANGUAGE_FIELDS, problems);
        if (read.isEmpty()) {
            return null;
        }
        YamlMap texts = read.get();
        Map<Language, String> byLanguage = new HashMap<>();
        for (Language language : Language.values()) {
            if (!texts.has(language.tag())) {
                missing.report(problems, texts.line(), language);
                continue;
            }
            texts.text(language.tag(), true).ifPresent(text -> byLanguage.put(language, text));
        }
        // a text missing a language is kept (its problem is reported, so the lesson will not load):
        // the parity helper and later checks still see which languages it has
        return LocalizedText.of(byLanguage.get(Language.EN), byLanguage.get(Language.ZH_TW));
    }

    /** Reports a language missing from a two-language text. */
    private interface MissingLanguage {
        void report(FileProblems problems, int line, Language language);
    }

    private static MissingLanguage lessonTitle() {
        return (problems, line, language) -> problems.add(line, "lint.title.missing", language.tag());
    }

    private static MissingLanguage hintMessage(int number, String stepId) {
        return (problems, line, language) -> problems.add(line, "lint.hint.missingLanguage", number, stepId,
                language.tag());
    }

    private static List<String> languageTags() {
        List<String> tags = new ArrayList<>();
        for (Language language : Language.values()) {
            tags.add(language.tag());
        }
        return List.copyOf(tags);
    }
}
