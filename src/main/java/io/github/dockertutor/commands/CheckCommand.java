package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code check}: what the check of the current step sees now, passed or not. */
public final class CheckCommand implements ShellCommand {
    private final StepFlow flow;

    public CheckCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        flow.checkNow();
        return Outcome.CONTINUE;
    }
}
