package io.github.dockertutor.engine;

import java.util.List;
import java.util.Optional;

/**
 * What a search for the engine found.
 *
 * @param tried    every endpoint tried, in order, with its outcome
 * @param explicit the learner's own choice (flag, DOCKER_HOST, context), when there is one
 * @param chosen   the endpoint that answered and will be used, if any
 */
public record LocateResult(List<ProbeResult> tried, Optional<ProbeResult> explicit, Optional<ProbeResult> chosen) {

    public boolean found() {
        return chosen.isPresent();
    }
}
