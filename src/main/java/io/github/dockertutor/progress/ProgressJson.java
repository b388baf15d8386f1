package io.github.dockertutor.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.base.JsonFiles;
import io.github.dockertutor.base.SmallFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes progress.json: pretty-printed UTF-8 JSON with a comment and a format number
 * first, then the learner's settings, position and lessons. Reading is strict (a wrong type makes
 * the whole file unusable, and the store keeps it aside untouched) except that fields this version
 * does not know are kept and written back, so an older tutor does not erase a newer one's data.
 */
final class ProgressJson {
    static final String COMMENT = "dockertutor progress — safe to delete to start over";

    private static final Set<String> TOP_FIELDS = Set.of("_comment", "format", "language", "name", "current", "lessons");
    private static final Set<String> LESSON_FIELDS = Set.of("resetAt", "steps");
    private static final Set<String> STEP_FIELDS = Set.of(
            "state", "startedAt", "finishedAt", "timeSpentMillis", "hints", "solutionUsed", "baseline");


    private ProgressJson() {
    }

    static byte[] write(Progress progress) {
        ObjectNode root = JsonFiles.object();
        root.put("_comment", COMMENT);
        root.put("format", Progress.FORMAT);
        progress.language().ifPresent(tag -> root.put("language", tag));
        progress.learnerName().ifPresent(name -> root.put("name", name));
        progress.current().ifPresent(position -> {
            ObjectNode current = root.putObject("current");
            current.put("lesson", position.lessonId());
            current.put("step", position.stepId());
        });
        ObjectNode lessons = root.putObject("lessons");
        progress.mutableLessons().forEach((id, lesson) -> lessons.set(id, writeLesson(lesson)));
        UnknownFields.addMissing(root, progress.unknown);
        return JsonFiles.write(root);
    }

    private static ObjectNode writeLesson(LessonProgress lesson) {
        ObjectNode node = JsonFiles.object();
        if (lesson.resetAt() != 0) {
            node.put("resetAt", lesson.resetAt());
        }
        ObjectNode steps = node.putObject("steps");
        lesson.mutableSteps().forEach((id, step) -> steps.set(id, writeStep(step)));
        UnknownFields.addMissing(node, lesson.unknown);
        return node;
    }

    private static ObjectNode writeStep(StepProgress step) {
        ObjectNode node = JsonFiles.object();
        node.put("state", step.state().jsonName());
        node.put("startedAt", step.startedAt());
        node.put("finishedAt", step.finishedAt());
        node.put("timeSpentMillis", step.timeSpentMillis());
        node.put("hints", step.hintsUsed());
        node.put("solutionUsed", step.solutionUsed());
        ObjectNode baseline = node.putObject("baseline");
        step.baseline().forEach(baseline::put);
        UnknownFields.addMissing(node, step.unknown);
        return node;
    }

    static Progress read(byte[] bytes) throws ProgressFormatException {
        // a file opened and saved in Notepad starts with a byte order mark: the same progress
        String text = new String(SmallFile.withoutBom(bytes), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ProgressFormatException(ProgressFormatException.Kind.EMPTY, "the file is empty");
        }
        JsonNode root;
        try {
            root = JsonFiles.read(text);
        } catch (JsonProcessingException e) {
            throw corrupt("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw corrupt("the top level is not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isIntegralNumber() || !format.canConvertToInt() || format.intValue() < 1) {
            throw corrupt("no valid \"format\" number");
        }
        if (format.intValue() > Progress.FORMAT) {
            throw new ProgressFormatException(ProgressFormatException.Kind.NEWER,
                    "format " + format.intValue() + " is newer than " + Progress.FORMAT);
        }
        return readProgress((ObjectNode) root);
    }

    private static Progress readProgress(ObjectNode root) throws ProgressFormatException {
        Progress progress = Progress.fresh();
        progress.setLanguage(optionalText(root, "language"));
        progress.setLearnerName(optionalText(root, "name"));
        JsonNode current = root.get("current");
        if (current != null && !current.isNull()) {
            ObjectNode position = object(current, "current");
            String lesson = optionalText(position, "lesson");
            String step = optionalText(position, "step");
            if (lesson == null || step == null) {
                throw corrupt("\"current\" needs both \"lesson\" and \"step\"");
            }
            progress.setCurrent(new Position(lesson, step));
        }
        JsonNode lessons = root.get("lessons");
        if (lessons != null && !lessons.isNull()) {
            for (Map.Entry<String, JsonNode> entry : object(lessons, "lessons").properties()) {
                readLesson(progress.lessonRecord(entry.getKey()), object(entry.getValue(), "lesson " + entry.getKey()));
            }
        }
        progress.unknown = unknownFields(root, TOP_FIELDS);
        return progress;
    }

    private static void readLesson(LessonProgress lesson, ObjectNode node) throws ProgressFormatException {
        lesson.resetAt(optionalMillis(node, "resetAt"));
        JsonNode steps = node.get("steps");
        if (steps != null && !steps.isNull()) {
            for (Map.Entry<String, JsonNode> entry : object(steps, "steps").properties()) {
                readStep(lesson.step(entry.getKey()), object(entry.getValue(), "step " + entry.getKey()));
            }
        }
        lesson.unknown = unknownFields(node, LESSON_FIELDS);
    }

    private static void readStep(StepProgress step, ObjectNode node) throws ProgressFormatException {
        String state = optionalText(node, "state");
        if (state != null) {
            step.state(StepState.fromJsonName(state).orElseThrow(() -> corrupt("unknown step state " + state)));
        }
        step.startedAt(optionalMillis(node, "startedAt"));
        step.finishedAt(optionalMillis(node, "finishedAt"));
        step.timeSpentMillis(optionalMillis(node, "timeSpentMillis"));
        long hints = optionalMillis(node, "hints");
        if (hints > Integer.MAX_VALUE) {
            throw corrupt("\"hints\" is too large");
        }
        step.hintsUsed((int) hints);
        JsonNode solution = node.get("solutionUsed");
        if (solution != null && !solution.isNull()) {
            if (!solution.isBoolean()) {
                throw corrupt("\"solutionUsed\" is not true or false");
            }
            step.solutionUsed(solution.booleanValue());
        }
        JsonNode baseline = node.get("baseline");
        if (baseline != null && !baseline.isNull()) {
            for (Map.Entry<String, JsonNode> entry : object(baseline, "baseline").properties()) {
                if (!entry.getValue().isTextual()) {
                    throw corrupt("baseline \"" + entry.getKey() + "\" is not a string");
                }
                step.mutableBaseline().put(entry.getKey(), entry.getValue().textValue());
            }
        }
        step.unknown = unknownFields(node, STEP_FIELDS);
    }

    private static ObjectNode object(JsonNode node, String what) throws ProgressFormatException {
        if (!node.isObject()) {
            throw corrupt(what + " is not a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String optionalText(JsonNode parent, String field) throws ProgressFormatException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw corrupt("\"" + field + "\" is not a string");
        }
        return node.textValue();
    }

    /** A whole number of zero or more; absent means 0. */
    private static long optionalMillis(JsonNode parent, String field) throws ProgressFormatException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw corrupt("\"" + field + "\" is not a whole number of zero or more");
        }
        return node.longValue();
    }

    private static ObjectNode unknownFields(ObjectNode node, Set<String> known) {
        ObjectNode unknown = JsonFiles.object();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!known.contains(entry.getKey())) {
                unknown.set(entry.getKey(), entry.getValue());
            }
        }
        return unknown;
    }

    private static ProgressFormatException corrupt(String detail) {
        return new ProgressFormatException(ProgressFormatException.Kind.CORRUPT, detail);
    }

    private static ProgressFormatException corrupt(String detail, Throwable cause) {
        return new ProgressFormatException(ProgressFormatException.Kind.CORRUPT, detail, cause);
    }
}
