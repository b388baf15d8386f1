package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code reset}: the current lesson from its first step, after a yes. */
public final class ResetCommand implements ShellCommand {
    private final StepFlow flow;

    public ResetCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "reset";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (flow.tutor().lesson().isEmpty()) {
            context.say("lesson.noneOpen");
            return Outcome.CONTINUE;
        }
        if (context.confirm("shell.reset.confirm", flow.tutor().lesson().get().number())) {
            flow.reset();
        }
        return Outcome.CONTINUE;
    }
}
