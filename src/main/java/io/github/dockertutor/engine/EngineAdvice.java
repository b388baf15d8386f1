package io.github.dockertutor.engine;

import io.github.dockertutor.engine.EngineEndpoint.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses what to tell a learner whose engine did not answer: the exact fix for the fault that
 * stands in the way, on their operating system, as message keys with arguments. The most telling
 * fault wins: the learner's own wrong setting, then a socket they may not use, then a stopped
 * engine, then no engine at all.
 */
public final class EngineAdvice {

    /** One message to show: a key of the message bundles and its arguments. */
    public record Advice(String key, List<Object> args) {
        static Advice of(String key, Object... args) {
            return new Advice(key, List.of(args));
        }
    }

    private final String os;

    public EngineAdvice(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        this.os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }

    public List<Advice> adviseFor(LocateResult result) {
        List<Advice> advice = new ArrayList<>();
        if (result.found()) {
            return advice;
        }
        Optional<ProbeResult> explicit = result.explicit();
        if (explicit.isPresent()) {
            advice.add(forExplicit(explicit.get()));
            result.tried().stream()
                    .filter(r -> r != explicit.get() && r.answered())
                    .findFirst()
                    .ifPresent(other -> advice.add(Advice.of("doctor.fix.otherAnswers", other.endpoint().host())));
            return advice;
        }
        Optional<ProbeResult> denied = first(result, ProbeStatus.PERMISSION_DENIED);
        if (denied.isPresent()) {
            advice.add(Advice.of("doctor.fix.permission." + os, denied.get().endpoint().socketPath()));
            return advice;
        }
        Optional<ProbeResult> frozen = first(result, ProbeStatus.NOT_ANSWERING);
        if (frozen.isPresent()) {
            advice.add(forFrozen(frozen.get().endpoint()));
            return advice;
        }
        Optional<ProbeResult> stopped = first(result, ProbeStatus.NOT_RUNNING);
        if (stopped.isPresent()) {
            advice.add(forStopped(stopped.get().endpoint()));
            return advice;
        }
        advice.add(Advice.of("doctor.fix.install." + os));
        return advice;
    }

    /**
     * What to tell a learner whose engine answered a moment ago and no longer does. An address
     * that worked is not wrong: whatever the search finds there now (no socket, nobody listening),
     * the engine stopped, and the fix is to start it again.
     */
    public List<Advice> adviseAfterLoss(LocateResult result) {
        Optional<ProbeResult> explicit = result.explicit();
        if (!result.found() && explicit.isPresent() && explicit.get().status() == ProbeStatus.NOT_ANSWERING) {
            return List.of(forFrozen(explicit.get().endpoint()));
        }
        if (!result.found() && explicit.isPresent() && explicit.get().status() != ProbeStatus.PERMISSION_DENIED
                && explicit.get().status() != ProbeStatus.TLS_PROBLEM) {
            return List.of(forStopped(explicit.get().endpoint()));
        }
        return adviseFor(result);
    }

    private Advice forExplicit(ProbeResult failed) {
        EngineEndpoint endpoint = failed.endpoint();
        String source = endpoint.source() == Source.CONTEXT ? "context"
                : endpoint.source() == Source.FLAG ? "flag" : "dockerHost";
        switch (failed.status()) {
            case PERMISSION_DENIED:
                return Advice.of("doctor.fix.permission." + os, endpoint.socketPath());
            case NOT_RUNNING:
                return forStopped(endpoint);
            case NOT_ANSWERING:
                return forFrozen(endpoint);
            case TLS_PROBLEM:
                return failed.tls()
                        .map(problem -> Advice.of("doctor.tls." + problem.kind().name(), endpoint.host(),
                                endpoint.certPath().orElse("-"), problem.detail()))
                        .orElseGet(() -> Advice.of("doctor.fix.tls", endpoint.host(), endpoint.certPath().orElse("-")));
            default:
                return Advice.of("doctor.fix.wrong." + source + (os.equals("windows") ? ".windows" : ""),
                        endpoint.detail(), endpoint.host());
        }
    }

    /** An engine that accepts and never answers: paused or stuck, so it needs a restart, not a start. */
    private Advice forFrozen(EngineEndpoint endpoint) {
        String product = endpoint.detail() == null ? "" : endpoint.detail().toLowerCase(Locale.ROOT);
        if (os.equals("linux") && !product.contains("desktop") && !product.contains("podman")) {
            return Advice.of("doctor.fix.frozen.linux", endpoint.host());
        }
        return Advice.of("doctor.fix.frozen.desktop", endpoint.host());
    }

    private Advice forStopped(EngineEndpoint endpoint) {
        String product = endpoint.detail() == null ? "" : endpoint.detail().toLowerCase(Locale.ROOT);
        if (product.contains("colima")) {
            return Advice.of("doctor.fix.start.colima");
        }
        if (product.contains("podman")) {
            return Advice.of("doctor.fix.start.podman");
        }
        if (product.contains("desktop") || product.contains("rancher") || product.contains("orbstack")) {
            return Advice.of("doctor.fix.start.desktop", endpoint.detail());
        }
        return Advice.of("doctor.fix.start." + os, endpoint.socketPath());
    }

    private static Optional<ProbeResult> first(LocateResult result, ProbeStatus status) {
        return result.tried().stream().filter(r -> r.status() == status).findFirst();
    }
}
