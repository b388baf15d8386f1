package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model: step records by id, time accounting on a made-up clock, and the merge of two saves. */
class ProgressTest {
    private static final String L3 = "03-pull-an-image";
    private static final String L4 = "04-run-a-container";

    @Test
    void timeCountsOnlyWhileTheStepIsCurrentAndTheTutorOpen() {
        Progress progress = Progress.fresh();
        progress.startStep(L3, "pull", 1_000);
        assertEquals(4_000, progress.timeSpentMillis(L3, "pull", 5_000), "running time is visible before a pause");
        progress.pause(5_000);                        // quit: 4 s
        assertEquals(4_000, progress.step(L3, "pull").orElseThrow().timeSpentMillis());
        assertEquals(4_000, progress.timeSpentMillis(L3, "pull", 900_000), "closed tutor: no time passes");
        progress.resume(100_000);                     // next session
        progress.completeStep(L3, "pull", 103_000);   // +3 s
        assertEquals(7_000, progress.step(L3, "pull").orElseThrow().timeSpentMillis());
        assertFalse(progress.isRunning(), "a passed step stops its clock");
        progress.startStep(L3, "list", 110_000);
        progress.moveTo(L4, "run", 112_000);          // 2 s to list, then run is current
        progress.pause(120_000);                      // 8 s to run
        assertEquals(7_000, progress.step(L3, "pull").orElseThrow().timeSpentMillis(), "a finished step gains nothing");
        assertEquals(2_000, progress.step(L3, "list").orElseThrow().timeSpentMillis());
        assertEquals(8_000, progress.step(L4, "run").orElseThrow().timeSpentMillis());
    }

    @Test
    void checkpointSavesTheRunningTimeWithoutStoppingIt() {
        Progress progress = Progress.fresh();
        progress.startStep(L3, "pull", 0 + 10);
        progress.checkpoint(2_010);
        assertEquals(2_000, progress.step(L3, "pull").orElseThrow().timeSpentMillis());
        assertTrue(progress.isRunning());
        progress.pause(3_010);
        assertEquals(3_000, progress.step(L3, "pull").orElseThrow().timeSpentMillis(), "no time counted twice");
    }

    @Test
    void resumeBeforeAnyLessonStartsNoClock() {
        Progress progress = Progress.fresh();
        progress.resume(5);
        assertFalse(progress.isRunning());
        assertTrue(progress.current().isEmpty());
    }

    @Test
    void stepsAreRecordedByIdWithStartFinishHintsAndSolution() {
        Progress progress = Progress.fresh();
        progress.startStep(L3, "pull", 1_000);
        progress.recordHint(L3, "pull");
        progress.recordHint(L3, "pull");
        progress.recordSolution(L3, "pull");
        progress.putBaseline(L3, "pull", "imageId", "sha256:abc");
        progress.completeStep(L3, "pull", 9_000);
        progress.startStep(L3, "pull", 20_000);       // looked at again: still done, first start kept

        StepProgress step = progress.step(L3, "pull").orElseThrow();
        assertEquals(StepState.DONE, step.state());
        assertEquals(1_000, step.startedAt());
        assertEquals(9_000, step.finishedAt());
        assertEquals(2, step.hintsUsed());
        assertTrue(step.solutionUsed());
        assertEquals(Map.of("imageId", "sha256:abc"), progress.baseline(L3, "pull"));
        assertEquals(Optional.of(new Position(L3, "pull")), progress.current());
        assertTrue(progress.isDone(L3, "pull"));
        assertFalse(progress.isDone(L3, "other"));
        assertEquals(Map.of(), progress.baseline(L3, "other"));
    }

    @Test
    void skippingNeverUndoesADoneStepButPassingASkippedOneCounts() {
        Progress progress = Progress.fresh();
        progress.completeStep(L3, "a", 10);
        progress.skipStep(L3, "a", 20);
        assertEquals(StepState.DONE, progress.step(L3, "a").orElseThrow().state());
        progress.skipStep(L3, "b", 30);
        assertTrue(progress.isFinished(L3, "b"));
        assertFalse(progress.isDone(L3, "b"));
        progress.completeStep(L3, "b", 40);
        assertTrue(progress.isDone(L3, "b"));
        assertEquals(40, progress.step(L3, "b").orElseThrow().finishedAt());
    }

    @Test
    void resetForgetsOneLessonOnly() {
        Progress progress = Progress.fresh();
        progress.completeStep(L3, "a", 10);
        progress.completeStep(L4, "b", 20);
        progress.resetLesson(L3, 30);
        assertFalse(progress.isDone(L3, "a"));
        assertTrue(progress.isDone(L4, "b"));
        assertEquals(30, progress.lessons().get(L3).resetAt());
    }

    @Test
    void languageAndNameAreOptional() {
        Progress progress = Progress.fresh();
        assertTrue(progress.language().isEmpty());
        progress.setLanguage("zh-TW");
        progress.setLearnerName("  Ann ");
        assertEquals(Optional.of("zh-TW"), progress.language());
        assertEquals(Optional.of("Ann"), progress.learnerName());
        progress.setLearnerName(" ");
        assertTrue(progress.learnerName().isEmpty());
    }

    @Test
    void mergeKeepsTheUnionAndTheStrongerFactsOfEachStep() {
        Progress mine = Progress.fresh();
        mine.startStep(L3, "both", 1_000);
        mine.recordHint(L3, "both");
        mine.putBaseline(L3, "both", "imageId", "mine");
        mine.pause(6_000);                             // 5 s, not finished here
        mine.completeStep(L3, "onlyMine", 7_000);
        mine.moveTo(L4, "run", 8_000);

        Progress theirs = Progress.fresh();
        theirs.startStep(L3, "both", 500);
        theirs.recordHint(L3, "both");
        theirs.recordHint(L3, "both");
        theirs.recordHint(L3, "both");
        theirs.recordSolution(L3, "both");
        theirs.completeStep(L3, "both", 2_500);        // 2 s
        theirs.completeStep(L4, "onlyTheirs", 3_000);
        theirs.setLanguage("en");

        mine.absorb(theirs);

        StepProgress both = mine.step(L3, "both").orElseThrow();
        assertEquals(StepState.DONE, both.state(), "done anywhere is done");
        assertEquals(500, both.startedAt(), "earliest start");
        assertEquals(2_500, both.finishedAt(), "latest finish");
        assertEquals(5_000, both.timeSpentMillis(), "max time spent");
        assertEquals(3, both.hintsUsed(), "max hints");
        assertTrue(both.solutionUsed(), "solution used by either");
        assertEquals("mine", both.baseline().get("imageId"), "the saving tutor's baseline");
        assertTrue(mine.isDone(L3, "onlyMine"));
        assertTrue(mine.isDone(L4, "onlyTheirs"));
        assertEquals(Optional.of(new Position(L4, "run")), mine.current(), "the saving tutor's position");
        assertEquals(Optional.of("en"), mine.language(), "taken from the other save only when this one has none");
    }

    @Test
    void mergeDoesNotBringBackStepsOfALessonResetSince() {
        Progress disk = Progress.fresh();
        disk.completeStep(L3, "old", 1_000);
        disk.completeStep(L3, "afterReset", 6_000);    // the other tutor passed it after our reset
        Progress mine = Progress.fresh();
        mine.completeStep(L3, "old", 900);
        mine.resetLesson(L3, 5_000);

        mine.absorb(disk);
        assertFalse(mine.isDone(L3, "old"));
        assertTrue(mine.isDone(L3, "afterReset"));

        // and the other way round: the other tutor's reset removes our older steps
        Progress other = Progress.fresh();
        other.completeStep(L4, "x", 100);
        Progress resetter = Progress.fresh();
        resetter.resetLesson(L4, 200);
        other.absorb(resetter);
        assertFalse(other.isDone(L4, "x"));
    }
}
