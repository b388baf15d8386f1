package io.github.dockertutor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.base.JsonFiles;
import io.github.dockertutor.base.SmallFile;
import io.github.dockertutor.progress.Position;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes a learner report: pretty-printed UTF-8 JSON with times as ISO-8601 UTC. Reading
 * checks every field a summary uses and ignores fields it does not know, so a newer tutor may add
 * some without breaking an older teacher's summary; only a higher schema number is refused.
 */
public final class ReportJson {
    /** The format this version writes. */
    public static final int SCHEMA = 1;
    /** Tells a reader what the file is. */
    public static final String KIND = "dockertutor-learner-report";


    private ReportJson() {
    }

    public static byte[] write(LearnerReport report) {
        ObjectNode root = JsonFiles.object();
        root.put("kind", KIND);
        root.put("schema", report.schema());
        root.put("tutorVersion", report.tutorVersion());
        root.put("createdAt", report.createdAt().toString());
        root.put("name", report.name().orElse(null));
        root.put("language", report.language());
        if (report.current().isPresent()) {
            ObjectNode current = root.putObject("current");
            current.put("lesson", report.current().get().lessonId());
            current.put("step", report.current().get().stepId());
        } else {
            root.putNull("current");
        }
        ArrayNode lessons = root.putArray("lessons");
        for (LessonReport lesson : report.lessons()) {
            ObjectNode node = lessons.addObject();
            node.put("id", lesson.id());
            node.put("title", lesson.title());
            ArrayNode steps = node.putArray("steps");
            for (StepReport step : lesson.steps()) {
                ObjectNode stepNode = steps.addObject();
                stepNode.put("id", step.id());
                stepNode.put("title", step.title());
                stepNode.put("state", step.state().jsonName());
                stepNode.put("timeSpentMillis", step.timeSpentMillis());
                stepNode.put("hintsUsed", step.hintsUsed());
                stepNode.put("solutionUsed", step.solutionUsed());
                stepNode.put("startedAt", step.startedAt().map(Instant::toString).orElse(null));
                stepNode.put("finishedAt", step.finishedAt().map(Instant::toString).orElse(null));
            }
        }
        return JsonFiles.write(root);
    }

    public static LearnerReport read(byte[] bytes) throws ReportFormatException {
        JsonNode root;
        try {
            // a report a teacher opened and saved in Notepad starts with a byte order mark: the same report
            root = JsonFiles.read(new String(SmallFile.withoutBom(bytes), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("class.broken.notJson", e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText(null))) {
            throw new ReportFormatException("class.broken.notReport");
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.canConvertToInt() || !schema.isIntegralNumber() || schema.intValue() < 1) {
            throw field("schema");
        }
        if (schema.intValue() > SCHEMA) {
            throw new ReportFormatException("class.broken.newer", schema.intValue());
        }
        List<LessonReport> lessons = new ArrayList<>();
        JsonNode lessonNodes = root.get("lessons");
        if (lessonNodes == null || !lessonNodes.isArray()) {
            throw field("lessons");
        }
        for (int l = 0; l < lessonNodes.size(); l++) {
            lessons.add(lesson(lessonNodes.get(l), "lessons[" + l + "]"));
        }
        return new LearnerReport(schema.intValue(), optionalText(root, "tutorVersion", "tutorVersion").orElse("?"),
                optionalInstant(root, "createdAt", "createdAt").orElse(Instant.EPOCH),
                optionalText(root, "name", "name").map(String::strip).filter(name -> !name.isEmpty()),
                optionalText(root, "language", "language").orElse("en"), current(root.get("current")), lessons);
    }

    private static LessonReport lesson(JsonNode node, String path) throws ReportFormatException {
        if (!node.isObject()) {
            throw field(path);
        }
        JsonNode stepNodes = node.get("steps");
        if (stepNodes == null || !stepNodes.isArray()) {
            throw field(path + ".steps");
        }
        List<StepReport> steps = new ArrayList<>();
        for (int s = 0; s < stepNodes.size(); s++) {
            steps.add(step(stepNodes.get(s), path + ".steps[" + s + "]"));
        }
        String id = text(node, "id", path + ".id");
        return new LessonReport(id, optionalText(node, "title", path + ".title").orElse(id), steps);
    }

    private static StepReport step(JsonNode node, String path) throws ReportFormatException {
        if (!node.isObject()) {
            throw field(path);
        }
        String id = text(node, "id", path + ".id");
        String stateName = text(node, "state", path + ".state");
        StepReport.State state = StepReport.State.fromJsonName(stateName).orElseThrow(() -> field(path + ".state"));
        long time = count(node, "timeSpentMillis", path);
        long hints = count(node, "hintsUsed", path);
        if (hints > Integer.MAX_VALUE) {
            throw field(path + ".hintsUsed");
        }
        JsonNode solution = node.get("solutionUsed");
        if (solution != null && !solution.isNull() && !solution.isBoolean()) {
            throw field(path + ".solutionUsed");
        }
        return new StepReport(id, optionalText(node, "title", path + ".title").orElse(id), state, time, (int) hints,
                solution != null && solution.booleanValue(), optionalInstant(node, "startedAt", path + ".startedAt"),
                optionalInstant(node, "finishedAt", path + ".finishedAt"));
    }

    private static Optional<Position> current(JsonNode node) throws ReportFormatException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw field("current");
        }
        return Optional.of(new Position(text(node, "lesson", "current.lesson"), text(node, "step", "current.step")));
    }

    private static String text(JsonNode parent, String name, String path) throws ReportFormatException {
        return optionalText(parent, name, path).orElseThrow(() -> field(path));
    }

    private static Optional<String> optionalText(JsonNode parent, String name, String path) throws ReportFormatException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw field(path);
        }
        return Optional.of(node.textValue());
    }

    /** A whole number of zero or more; absent means 0. */
    private static long count(JsonNode parent, String name, String path) throws ReportFormatException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw field(path + "." + name);
        }
        return node.longValue();
    }

    private static Optional<Instant> optionalInstant(JsonNode parent, String name, String path)
            throws ReportFormatException {
        Optional<String> text = optionalText(parent, name, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw field(path);
        }
    }

    private static ReportFormatException field(String path) {
        return new ReportFormatException("class.broken.field", path);
    }
}
