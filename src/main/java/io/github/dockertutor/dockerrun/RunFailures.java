package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.RunSpec;

/**
 * A container the tutor created that then would not start: a host port already taken, or a
 * program for another processor. The half-made container is removed (the tutor made it, with its
 * lesson label, a moment ago), so the same command with the same {@code --name} works next time.
 */
final class RunFailures {
    private RunFailures() {
    }

    /** Explains a start failure the learner can act on; false when it is none of those (the caller reports it). */
    static boolean explain(EngineException error, String createdId, RunSpec spec, ShellContext context) {
        if (error.fault() != EngineException.Fault.PORT_IN_USE
                && error.fault() != EngineException.Fault.WRONG_PLATFORM) {
            return false;
        }
        context.log().record("engine: " + error.fault(), error);
        String shown = spec.name().orElse(createdId.substring(0, Math.min(12, createdId.length())));
        String engineText = error.args().length > 0 ? String.valueOf(error.args()[error.args().length - 1]) : "";
        removeHalfMade(createdId, context);
        if (error.fault() == EngineException.Fault.PORT_IN_USE) {
            PortConflict.explain(engineText, spec, createdId, context);
            context.say("fault.port.removed", shown);
        } else {
            PlatformMismatch.explain(spec.image(), context);
        }
        return true;
    }

    /**
     * A {@code --rm} container that would not start (its program missing, Ctrl-C, an engine that
     * did not answer) is removed, as the docker CLI removes it: the learner asked for nothing to stay.
     */
    static void removeIfRm(boolean rm, String createdId, ShellContext context) {
        if (rm) {
            removeHalfMade(createdId, context);
        }
    }

    private static void removeHalfMade(String id, ShellContext context) {
        try {
            context.engine().removeContainer(id, true);
        } catch (EngineException e) {
            context.log().record("removing a container that did not start", e);
        }
    }
}
