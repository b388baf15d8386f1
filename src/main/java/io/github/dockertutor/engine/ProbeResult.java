package io.github.dockertutor.engine;

import java.util.Optional;

/**
 * The outcome of trying one endpoint.
 *
 * @param endpoint where we tried
 * @param status   how it ended
 * @param info     the engine's own description, when it answered
 * @param detail   the underlying error's text, for the log and for doctor's details (never a stack trace)
 */
public record ProbeResult(EngineEndpoint endpoint, ProbeStatus status, Optional<EngineInfo> info, String detail) {

    static ProbeResult answered(EngineEndpoint endpoint, EngineInfo info) {
        return new ProbeResult(endpoint, ProbeStatus.ANSWERED, Optional.of(info), "");
    }

    static ProbeResult failed(EngineEndpoint endpoint, ProbeStatus status, String detail) {
        return new ProbeResult(endpoint, status, Optional.empty(), detail == null ? "" : detail);
    }

    public boolean answered() {
        return status == ProbeStatus.ANSWERED;
    }
}
