package io.github.dockertutor.cli;

import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;

/** The engine a command run from the system's shell works with, found as the tutor finds it (-H, DOCKER_HOST, contexts…). */
final class CliEngine {
    private CliEngine() {
    }

    static EngineSession session(CliCommand.Invocation run) {
        var environment = run.environment();
        return new EngineSession(new EngineLocator(new EngineDiscovery(run.arguments().host(), environment.variables(),
                environment.home(), environment.osName()), new EngineProbe()));
    }

    /** The engine, or null when none answers. */
    static Engine connect(EngineSession session) {
        return session.connect().found() ? new DockerEngine(session) : null;
    }
}
