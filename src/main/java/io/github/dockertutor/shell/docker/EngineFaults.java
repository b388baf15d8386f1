package io.github.dockertutor.shell.docker;

import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.shell.ShellContext;

/** Words an engine failure for the learner: one sentence in their language, the details in the log. */
public final class EngineFaults {
    private EngineFaults() {
    }

    public static void report(EngineException error, ShellContext context) {
        if (error.fault() == EngineException.Fault.CANCELLED) {
            context.say("engine.cancelled");
            return;
        }
        if (error.getCause() != null) {
            context.log().record("engine: " + error.fault(), error);
        }
        context.say(error.key(), error.args());
        if (error.fault() == EngineException.Fault.ENGINE_GONE) {
            context.say("docker.engineGone.hint");
        }
    }
}
