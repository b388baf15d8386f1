package io.github.dockertutor.check;

import java.util.Map;

/**
 * One kind of check, bound to a step's {@code check:} fields. Implementations look at real state
 * and may throw {@link io.github.dockertutor.engine.EngineException}; {@link CheckRunner} turns that
 * into {@link CheckStatus#CANNOT_RUN}.
 */
public interface Check {

    /** Whether the step is done, and what was seen. */
    CheckResult evaluate(CheckContext context);

    /**
     * What to remember when the step starts, to compare with later (an image's id before a
     * rebuild). Plain strings, so the progress package can save them as they are.
     */
    default Map<String, String> baseline(CheckContext context) {
        return Map.of();
    }
}
