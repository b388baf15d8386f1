package io.github.dockertutor.engine;

import java.util.Optional;

/**
 * The outcome of trying one endpoint.
 *
 * @param endpoint where we tried
 * @param status   how it ended
 * @param info     the engine's own description, when it answered
 * @param detail   the underlying error's text, for the log and for doctor's details (never a stack trace)
 * @param tls      what went wrong with TLS, when the status is TLS_PROBLEM
 */
public record ProbeResult(EngineEndpoint endpoint, ProbeStatus status, Optional<EngineInfo> info, String detail,
                          Optional<TlsProblem> tls) {

    static ProbeResult answered(EngineEndpoint endpoint, EngineInfo info) {
        return new ProbeResult(endpoint, ProbeStatus.ANSWERED, Optional.of(info), "", Optional.empty());
    }

    static ProbeResult failed(EngineEndpoint endpoint, ProbeStatus status, String detail) {
        return new ProbeResult(endpoint, status, Optional.empty(), detail == null ? "" : detail, Optional.empty());
    }

    static ProbeResult tlsFailed(EngineEndpoint endpoint, TlsProblem problem) {
        return new ProbeResult(endpoint, ProbeStatus.TLS_PROBLEM, Optional.empty(), problem.detail(),
                Optional.of(problem));
    }

    public boolean answered() {
        return status == ProbeStatus.ANSWERED;
    }
}
