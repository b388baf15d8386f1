package io.github.dockertutor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the engine to use. The learner's explicit choice is used alone, as the docker CLI does; a
 * wrong DOCKER_HOST is reported rather than silently replaced, or the tutor would check a different
 * engine from the one the learner's own terminal talks to. Without a choice, the first usual place
 * that answers wins.
 */
public final class EngineLocator {
    private final EngineDiscovery discovery;
    private final EngineProbe probe;

    public EngineLocator(EngineDiscovery discovery, EngineProbe probe) {
        this.discovery = discovery;
        this.probe = probe;
    }

    /** Stops at the first answer: the quick path the shell takes. */
    public LocateResult locate() {
        Optional<EngineEndpoint> explicit = discovery.explicitChoice();
        if (explicit.isPresent()) {
            ProbeResult result = probe.probe(explicit.get());
            return new LocateResult(List.of(result), Optional.of(result),
                    result.answered() ? Optional.of(result) : Optional.empty());
        }
        List<ProbeResult> tried = new ArrayList<>();
        for (EngineEndpoint endpoint : discovery.wellKnown()) {
            ProbeResult result = probe.probe(endpoint);
            tried.add(result);
            if (result.answered()) {
                return new LocateResult(tried, Optional.empty(), Optional.of(result));
            }
        }
        return new LocateResult(tried, Optional.empty(), Optional.empty());
    }

    /** Tries every place, for doctor: the learner sees what else answers or why it does not. */
    public LocateResult survey() {
        List<ProbeResult> tried = new ArrayList<>();
        Optional<ProbeResult> explicit = discovery.explicitChoice().map(probe::probe);
        explicit.ifPresent(tried::add);
        Optional<ProbeResult> firstKnown = Optional.empty();
        for (EngineEndpoint endpoint : discovery.wellKnown()) {
            ProbeResult result = probe.probe(endpoint);
            tried.add(result);
            if (firstKnown.isEmpty() && result.answered()) {
                firstKnown = Optional.of(result);
            }
        }
        Optional<ProbeResult> chosen = explicit.isPresent()
                ? explicit.filter(ProbeResult::answered)
                : firstKnown;
        return new LocateResult(tried, explicit, chosen);
    }
}
