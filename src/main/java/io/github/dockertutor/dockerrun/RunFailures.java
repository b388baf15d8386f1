package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.RunSpec;

/**
 * A container the tutor created that then would not start: a host port already taken, or a
 * program for another processor, a command that is not there. As with docker, the container
 * stays, Created, in {@code docker ps -a} (unless {@code --rm}); the learner is told so, and how
 * to start or remove it.
 */
final class RunFailures {
    private RunFailures() {
    }

    /** Explains a start failure the learner can act on; false when it is none of those (the caller reports it). */
    static boolean explain(EngineException error, String createdId, RunSpec spec, boolean kept, ShellContext context) {
        String text = error.args().length > 0 ? String.valueOf(error.args()[error.args().length - 1]) : "";
        int cause = ExitCodes.cause(126, java.util.List.of(text));
        if (error.fault() == EngineException.Fault.REFUSED && text.contains("exec") && cause == 127
                || text.contains("permission denied") && text.contains("exec")) {
            // the runtime could not start the command: docker exits 127 (not found) or 126 (not runnable)
            io.github.dockertutor.console.EngineFaults.report(error, context);
            int code = text.contains("permission denied") ? 126 : 127;
            context.say("docker.start.failedCommand", code, ExitCodes.meaning(code, context.messages()));
            if (kept) {
                context.say("fault.start.left", spec.name().orElse(createdId.substring(0, Math.min(12,
                        createdId.length()))));
            }
            return true;
        }
        if (error.fault() != EngineException.Fault.PORT_IN_USE
                && error.fault() != EngineException.Fault.WRONG_PLATFORM) {
            return false;
        }
        context.log().record("engine: " + error.fault(), error);
        String shown = spec.name().orElse(createdId.substring(0, Math.min(12, createdId.length())));
        String engineText = error.args().length > 0 ? String.valueOf(error.args()[error.args().length - 1]) : "";
        if (error.fault() == EngineException.Fault.PORT_IN_USE) {
            PortConflict.explain(engineText, spec, createdId, context);
        } else {
            PlatformMismatch.explain(spec.image(), context);
        }
        if (kept) {
            context.say("fault.start.left", shown);
        }
        return true;
    }
}
