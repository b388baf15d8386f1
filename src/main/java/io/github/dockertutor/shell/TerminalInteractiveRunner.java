package io.github.dockertutor.shell;

import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import java.util.List;
import java.util.OptionalInt;

/** Hands the learner's terminal to a container through {@link InteractiveSession}. */
final class TerminalInteractiveRunner implements InteractiveRunner {
    private final TerminalLineSource terminal;

    TerminalInteractiveRunner(TerminalLineSource terminal) {
        this.terminal = terminal;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public OptionalInt attachAndStart(String containerId, ShellContext context) {
        return codeOf(session(context).attach(containerId), context);
    }

    @Override
    public OptionalInt exec(String containerId, List<String> command, ShellContext context) {
        return codeOf(session(context).exec(containerId, command), context);
    }

    @Override
    public OptionalInt exec(io.github.dockertutor.engine.ExecSpec spec, ShellContext context) {
        return codeOf(session(context).exec(spec), context);
    }

    private InteractiveSession session(ShellContext context) {
        return new InteractiveSession(terminal.terminal(), context.engine(), context.messages());
    }

    /** The session has already told the learner how it ended; only an exit code matters further. */
    private static OptionalInt codeOf(SessionOutcome outcome, ShellContext context) {
        outcome.failure().ifPresent(failure -> {
            if (failure.getCause() != null) {
                context.log().record("interactive session: " + failure.fault(), failure);
            }
            if (failure.fault() == io.github.dockertutor.engine.EngineException.Fault.ENGINE_GONE) {
                io.github.dockertutor.console.EngineFaults.adviseGone(context);
            }
        });
        return outcome.ending() == SessionOutcome.Ending.EXITED ? outcome.exitCode() : OptionalInt.empty();
    }
}
