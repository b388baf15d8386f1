package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ExecCommand;

/** {@code docker exec}: a command in a running container, with the learner's terminal for {@code -it}. */
final class ExecHandler {
    private final InteractiveRunner interactive;

    ExecHandler(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    void exec(ExecCommand command, ShellContext context) {
        if (command.interactive() && command.tty()) {
            if (!interactive.available()) {
                context.say("docker.run.needsTerminal");
                return;
            }
            // the session itself says how it ended
            interactive.exec(command.container(), command.command(), context);
            return;
        }
        int code = context.interrupts().run(cancellation -> context.engine().execAndStream(command.container(),
                command.command(), command.detach(), line -> {
                    context.out().println(line);
                    context.out().flush();
                }, cancellation));
        if (code != 0) {
            ExitCodes.explain(code, context);
        }
    }
}
