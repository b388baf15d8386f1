package io.github.dockertutor.check;

/** How a check ended. */
public enum CheckStatus {
    /** The step is done. */
    PASSED,
    /** The step is not done yet; the message says what the check saw and what it expected. */
    FAILED,
    /**
     * The check could not look (no engine answers, the engine refused): not the learner's failure,
     * so it is not counted as one and the step simply stays open.
     */
    CANNOT_RUN
}
