package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
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
