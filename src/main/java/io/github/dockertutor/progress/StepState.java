package io.github.dockertutor.progress;

import java.util.Locale;
import java.util.Optional;

/** Where one step stands: begun, passed, or passed over with {@code next}. */
public enum StepState {
    /** The step was shown and its check has not passed yet. */
    STARTED,
    /** Its check passed (or its solution was applied and then passed). */
    DONE,
    /** The learner skipped an optional step. */
    SKIPPED;

    /** The word written in progress.json: {@code started}, {@code done}, {@code skipped}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<StepState> fromJsonName(String text) {
        for (StepState state : values()) {
            if (state.jsonName().equals(text)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** Which of two states a merge keeps: done beats skipped beats started, so no pass is ever lost. */
    static StepState stronger(StepState a, StepState b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
