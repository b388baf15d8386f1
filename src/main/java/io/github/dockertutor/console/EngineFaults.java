package io.github.dockertutor.console;

import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.LocateResult;
import java.util.Locale;

/**
 * Words an engine failure for the learner: what happened and what to do, in their language and
 * for their operating system; the details (the stack trace included) go to the log file only.
 */
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
            adviseGone(context);
            return;
        }
        String fix = fixFor(error);
        if (fix != null) {
            context.say(fix);
        }
    }

    /**
     * After the engine went away: looks for it once more (it may be back already, then the tutor
     * is connected again), else says how to start it on this machine, as {@code doctor} would.
     */
    public static void adviseGone(ShellContext context) {
        LocateResult result = context.engineSession().connect();
        if (result.found()) {
            context.say("faults.engineBack", result.chosen().orElseThrow().endpoint().host());
            return;
        }
        for (EngineAdvice.Advice fix : new EngineAdvice(context.environment().osName()).adviseAfterLoss(result)) {
            context.say(fix.key(), fix.args().toArray());
        }
        context.say("docker.engineGone.hint");
    }

    /** The fix for a refusal a learner meets often, or null when the engine's words say enough. */
    static String fixFor(EngineException error) {
        switch (error.fault()) {
            case NAME_IN_USE:
                return "faults.fix.nameInUse";
            case PORT_IN_USE:
                return "faults.fix.portInUse";
            default:
                break;
        }
        // the engine's own words, which are English on every engine and the same since Docker 1.x
        String text = error.args().length == 0 ? ""
                : String.valueOf(error.args()[error.args().length - 1]).toLowerCase(Locale.ROOT);
        if (text.contains("exec format error")) {
            return "faults.fix.execFormat";
        }
        if (text.contains("cannot remove a running container") || text.contains("stop the container before")) {
            return "faults.fix.removeRunning";
        }
        if (text.contains("unable to remove repository reference") || text.contains("image is being used by")
                || text.contains("is using its referenced image")) {
            return "faults.fix.imageInUse";
        }
        if (text.contains("no such container")) {
            return "faults.fix.noSuchContainer";
        }
        return null;
    }
}
