package io.github.dockertutor.check;

import java.util.Optional;

/**
 * A check whose step is answered with what a listing or a log shows: it can say what the engine
 * shows now, which is what {@code solution} answers with and what a test types as a learner would.
 */
public interface Observation {
    /** What the listing or log the step asks about shows now; empty when there is nothing to see yet. */
    Optional<String> seen(CheckContext context);
}
