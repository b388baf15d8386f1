package io.github.dockertutor.shell.commands;

import io.github.dockertutor.shell.ShellCommand;
import io.github.dockertutor.shell.ShellContext;
import io.github.dockertutor.shell.StepFlow;
import java.util.List;

/** {@code next}: on to the next step when this one is done; twice in a row skips it. */
public final class NextCommand implements ShellCommand {
    private final StepFlow flow;

    public NextCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "next";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        flow.next();
        return Outcome.CONTINUE;
    }
}
