package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code back}: the step before, to read it again. */
public final class BackCommand implements ShellCommand {
    private final StepFlow flow;

    public BackCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "back";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        flow.back();
        return Outcome.CONTINUE;
    }
}
