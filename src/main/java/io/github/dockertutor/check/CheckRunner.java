package io.github.dockertutor.check;

import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.i18n.Message;
import java.util.Map;

/**
 * Runs a step's check for the shell and never throws: an engine that does not answer, or refuses,
 * makes the result {@link CheckStatus#CANNOT_RUN} (the step stays open, nothing is counted as the
 * learner's failure), and so does a bug in a check, with its text for the error log.
 */
public final class CheckRunner {
    private CheckRunner() {
    }

    public static CheckResult evaluate(CheckSpec spec, CheckContext context) {
        try {
            return Checks.of(spec).evaluate(context);
        } catch (EngineException e) {
            return cannotRun(e);
        } catch (RuntimeException e) {
            return CheckResult.cannotRun("check.cannotRun.internal", String.valueOf(e));
        }
    }

    /**
     * What the check records when its step starts. Empty when the engine is away: the checks that
     * use a baseline fall back to the step's start time on this machine's clock.
     */
    public static Map<String, String> baseline(CheckSpec spec, CheckContext context) {
        try {
            return Checks.of(spec).baseline(context);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static CheckResult cannotRun(EngineException e) {
        if (e.fault() == EngineException.Fault.ENGINE_GONE) {
            return CheckResult.cannotRun("check.cannotRun.noEngine");
        }
        return CheckResult.cannotRun("check.cannotRun.engine", new Message(e.key(), java.util.List.of(e.args())));
    }
}
