package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.EnvVar;
import io.github.dockertutor.dockercli.ExecCommand;
import io.github.dockertutor.engine.ExecSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker exec}: a command in a running container, with its variables, folder and user, and
 * the learner's terminal for {@code -it}. A command that fails is explained as the command's
 * failure: its container goes on running.
 */
final class ExecHandler {
    private static final int LAST_LINES = 10;

    private final InteractiveRunner interactive;

    ExecHandler(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    void exec(ExecCommand command, ShellContext context) {
        Optional<ExecSpec> made = spec(command, context);
        if (made.isEmpty()) {
            return;
        }
        ExecSpec spec = made.get();
        if (command.interactive() && command.tty()) {
            if (!interactive.available()) {
                context.say("docker.run.needsTerminal");
                return;
            }
            // the session itself says how it ended
            interactive.exec(spec, context);
            return;
        }
        Deque<String> last = new ArrayDeque<>();
        int code = context.interrupts().run(cancellation -> context.engine().execAndStream(spec, line -> {
            synchronized (last) {
                last.addLast(line);
                if (last.size() > LAST_LINES) {
                    last.removeFirst();
                }
            }
            context.out().println(line);
            context.out().flush();
        }, cancellation));
        if (code != 0) {
            List<String> output;
            synchronized (last) {
                output = new ArrayList<>(last);
            }
            ExitCodes.explainExec(code, output, context);
        }
    }

    /** The exec as the engine takes it: --env-file first, then -e, which wins, as in docker. */
    private static Optional<ExecSpec> spec(ExecCommand command, ShellContext context) {
        Optional<List<String>> fromFiles = EnvFiles.variables(command.envFiles(), context);
        if (fromFiles.isEmpty()) {
            return Optional.empty();
        }
        List<String> env = new ArrayList<>(fromFiles.get());
        for (EnvVar variable : command.env()) {
            String value = variable.value().orElse(context.environment().get(variable.name()));
            if (value != null) {
                env.add(variable.name() + "=" + value);
            }
        }
        return Optional.of(new ExecSpec(command.container(), command.command(), env, command.workdir(), command.user(),
                command.privileged(), command.detach(), command.interactive(), command.tty()));
    }
}
