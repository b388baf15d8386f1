package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
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
