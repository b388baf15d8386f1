package io.github.dockertutor.verify;

import java.util.List;

/**
 * What verifying one step found.
 *
 * @param lessonId      the lesson
 * @param stepId        the step
 * @param skipped       an optional step, not verified (it may need the Internet)
 * @param alreadyThere  an image the step makes was on the engine before verifying began, so its check
 *                      could not be seen failing (a teacher's own busybox is never removed to prove it)
 * @param failedBefore  its check did not pass before anything was done
 * @param wrongPassed   the wrong attempts (by number from 1) whose state passed the check: each a bug
 * @param wrongs        how many wrong attempts were tried
 * @param solved        its solution made the check pass
 * @param problem       what the check said where it should not have, empty when all held
 */
public record StepVerdict(String lessonId, String stepId, boolean skipped, boolean alreadyThere, boolean failedBefore,
        List<Integer> wrongPassed, int wrongs, boolean solved, String problem) {

    public StepVerdict {
        wrongPassed = List.copyOf(wrongPassed);
    }

    /** Whether the step holds: fails before, fails for every wrong attempt, passes after its solution. */
    public boolean holds() {
        return skipped || (failedBefore || alreadyThere) && wrongPassed.isEmpty() && solved;
    }

    static StepVerdict skipped(String lessonId, String stepId) {
        return new StepVerdict(lessonId, stepId, true, false, true, List.of(), 0, true, "");
    }
}
