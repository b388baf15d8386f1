package io.github.dockertutor.classroom;

import java.util.Optional;

/**
 * One learner's line in the class summary.
 *
 * @param name     the chosen display name, empty for an anonymous report
 * @param fileName the report's file, to tell anonymous learners apart
 * @param place    the step on the learner's screen, empty before the first lesson
 * @param done     steps passed
 * @param total    steps in the course
 * @param timeMillis time spent over all steps
 * @param hints    hints used over all steps
 */
public record LearnerRow(Optional<String> name, String fileName, Optional<StepStat> place, int done, int total,
        long timeMillis, int hints) {

    public boolean finishedAll() {
        return total > 0 && done == total;
    }
}
