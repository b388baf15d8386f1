package io.github.dockertutor.shell.commands;

import io.github.dockertutor.shell.ShellCommand;
import io.github.dockertutor.shell.ShellContext;
import io.github.dockertutor.shell.StepFlow;
import java.util.List;

/** {@code show}: the current step's text again. */
public final class ShowCommand implements ShellCommand {
    private final StepFlow flow;

    public ShowCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "show";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        flow.show();
        return Outcome.CONTINUE;
    }
}
