package io.github.dockertutor.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One step of a learner's report.
 *
 * @param id              the step's id within its lesson
 * @param title           its English title
 * @param state           how far the learner got with it
 * @param timeSpentMillis time the step was on screen with the tutor open
 * @param hintsUsed       how many times the learner asked for a hint
 * @param solutionUsed    whether the learner looked at the solution
 * @param startedAt       when the step was first shown
 * @param finishedAt      when it was passed or skipped
 */
public record StepReport(String id, String title, State state, long timeSpentMillis, int hintsUsed,
        boolean solutionUsed, Optional<Instant> startedAt, Optional<Instant> finishedAt) {

    /** A step's state in a report; unlike progress.json, a report also lists the steps never reached. */
    public enum State {
        NOT_STARTED, STARTED, DONE, SKIPPED;

        /** The word in the JSON: {@code not-started}, {@code started}, {@code done}, {@code skipped}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<State> fromJsonName(String text) {
            for (State state : values()) {
                if (state.jsonName().equals(text)) {
                    return Optional.of(state);
                }
            }
            return Optional.empty();
        }
    }
}
