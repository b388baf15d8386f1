package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The file format: a readable header, a faithful round trip, strict types, and fields from the future kept. */
class ProgressJsonTest {

    static Progress sample() {
        Progress progress = Progress.fresh();
        progress.setLanguage("zh-TW");
        progress.setLearnerName("小明");
        progress.startStep("03-pull-an-image", "pull-busybox", 1_700_000_000_000L);
        progress.recordHint("03-pull-an-image", "pull-busybox");
        progress.putBaseline("03-pull-an-image", "pull-busybox", "imageId", "sha256:0123");
        progress.completeStep("03-pull-an-image", "pull-busybox", 1_700_000_080_000L);
        progress.startStep("03-pull-an-image", "list-images", 1_700_000_081_000L);
        progress.recordSolution("03-pull-an-image", "list-images");
        progress.skipStep("03-pull-an-image", "list-images", 1_700_000_090_000L);
        progress.resetLesson("02-dockerfile-image-container", 1_600_000_000_000L);
        progress.startStep("04-run-a-container", "run-hello", 1_700_000_100_000L);
        progress.pause(1_700_000_130_000L);
        return progress;
    }

    @Test
    void roundTripKeepsEveryFieldAndGivesTheSameBytes() throws Exception {
        Progress original = sample();
        byte[] first = ProgressJson.write(original);
        Progress read = ProgressJson.read(first);
        assertArrayEquals(first, ProgressJson.write(read));

        assertEquals(original.current(), read.current());
        assertEquals(original.language(), read.language());
        assertEquals(original.learnerName(), read.learnerName());
        StepProgress pull = read.step("03-pull-an-image", "pull-busybox").orElseThrow();
        assertEquals(StepState.DONE, pull.state());
        assertEquals(1_700_000_000_000L, pull.startedAt());
        assertEquals(1_700_000_080_000L, pull.finishedAt());
        assertEquals(80_000, pull.timeSpentMillis());
        assertEquals(1, pull.hintsUsed());
        assertEquals("sha256:0123", pull.baseline().get("imageId"));
        StepProgress list = read.step("03-pull-an-image", "list-images").orElseThrow();
        assertEquals(StepState.SKIPPED, list.state());
        assertTrue(list.solutionUsed());
        assertEquals(30_000, read.step("04-run-a-container", "run-hello").orElseThrow().timeSpentMillis());
        assertEquals(1_600_000_000_000L, read.lessons().get("02-dockerfile-image-container").resetAt());
    }

    @Test
    void fileStartsWithAHeaderAPersonUnderstandsAndIsPrettyPrinted() {
        String text = new String(ProgressJson.write(sample()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"_comment\": \"dockertutor progress — safe to delete to start over\",\n  \"format\": 1,\n"), text);
        assertTrue(text.contains("\n        \"pull-busybox\": {\n"), "steps by id, indented:\n" + text);
        assertTrue(text.contains("\"name\": \"小明\""), "UTF-8 text, not escapes:\n" + text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void fieldsFromANewerMinorVersionSurviveARoundTrip() throws Exception {
        String json = """
                {"format": 1, "theme": {"dark": true},
                 "lessons": {"03-x": {"badge": "gold", "steps": {"a": {"state": "done", "reviewLater": [1, 2]}}}}}
                """;
        Progress read = ProgressJson.read(json.getBytes(StandardCharsets.UTF_8));
        read.recordHint("03-x", "a");
        String written = new String(ProgressJson.write(read), StandardCharsets.UTF_8);
        Progress again = ProgressJson.read(written.getBytes(StandardCharsets.UTF_8));
        assertEquals("true", again.unknown.path("theme").path("dark").asText());
        assertEquals("gold", again.lessons().get("03-x").unknown.path("badge").asText());
        assertEquals(2, again.step("03-x", "a").orElseThrow().unknown.path("reviewLater").size());
        assertEquals(1, again.step("03-x", "a").orElseThrow().hintsUsed());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"hints\": \"three\"}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"hints\": 1.5}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"timeSpentMillis\": -4}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"state\": \"maybe\"}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"solutionUsed\": \"yes\"}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"baseline\": {\"id\": 7}}}}}}",
        "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": [\"a\"]}}}",
        "{\"format\": 1, \"lessons\": []}",
        "{\"format\": 1, \"current\": {\"lesson\": \"03-x\"}}",
        "{\"format\": 1, \"language\": 5}",
        "{\"format\": \"1\"}",
        "{\"lessons\": {}}",
        "{\"format\": 0}",
        "[1, 2]",
        "null",
        "{\"format\": 1} trailing",
        "{\"format\": 1, \"format\": 1}",
        "{\"format\": 1, \"lessons\": {",
        "not json at all",
    })
    void wrongShapesAndTypesAreCorrupt(String json) {
        ProgressFormatException e = assertThrows(ProgressFormatException.class,
                () -> ProgressJson.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProgressFormatException.Kind.CORRUPT, e.kind(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void blankIsEmpty(String text) {
        ProgressFormatException e = assertThrows(ProgressFormatException.class,
                () -> ProgressJson.read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProgressFormatException.Kind.EMPTY, e.kind());
    }

    @Test
    void aHigherFormatNumberIsNewer() {
        ProgressFormatException e = assertThrows(ProgressFormatException.class,
                () -> ProgressJson.read("{\"format\": 2, \"lessons\": \"whatever v2 means\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProgressFormatException.Kind.NEWER, e.kind());
    }

    @Test
    void everyPrefixOfAValidFileIsRejectedNotHalfRead() {
        byte[] whole = ProgressJson.write(sample());
        String text = new String(whole, StandardCharsets.UTF_8);
        // cut at every character boundary but the end (the final "}\n" makes the whole file valid)
        for (int end = 0; end < text.stripTrailing().length(); end++) {
            byte[] cut = text.substring(0, end).getBytes(StandardCharsets.UTF_8);
            ProgressFormatException e = assertThrows(ProgressFormatException.class, () -> ProgressJson.read(cut),
                    "a file cut after " + end + " characters was accepted");
            assertTrue(e.kind() != ProgressFormatException.Kind.NEWER);
        }
    }
}
