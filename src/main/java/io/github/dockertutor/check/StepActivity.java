package io.github.dockertutor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the learner did in the current step, as far as checks may know it. The shell builds one
 * when a step starts and adds to it; the progress package persists the baseline so a resumed step
 * compares with the same starting state.
 *
 * @param lessonId            the current lesson's id; a container labelled
 *                            {@code dockertutor.lesson=<lessonId>} belongs to this lesson
 * @param lessonStartedMillis when the learner started (or resumed) this lesson, epoch millis on
 *                            this machine's clock: a container check by {@code image:} only
 *                            counts containers created since then (or labelled for this lesson),
 *                            so a learner's old, unrelated containers neither pass nor block a step
 * @param stepStartedMillis   when this step started, epoch millis
 * @param answer              the learner's last {@code answer …} in this step, if any: a quiz's letter,
 *                            or what a listing or log showed
 * @param baseline            what the step's check recorded when the step started
 *                            ({@link Check#baseline}); empty when it records nothing
 */
public record StepActivity(String lessonId, long lessonStartedMillis, long stepStartedMillis, Optional<String> answer,
        Map<String, String> baseline) {

    public StepActivity {
        baseline = Map.copyOf(baseline);
    }

    /** A step that has just started, in a lesson started at the same moment. */
    public static StepActivity startedAt(String lessonId, long millis) {
        return new StepActivity(lessonId, millis, millis, Optional.empty(), Map.of());
    }

    public StepActivity withAnswer(String answer) {
        return new StepActivity(lessonId, lessonStartedMillis, stepStartedMillis, Optional.of(answer), baseline);
    }

    public StepActivity withBaseline(Map<String, String> recorded) {
        return new StepActivity(lessonId, lessonStartedMillis, stepStartedMillis, answer, recorded);
    }
}
