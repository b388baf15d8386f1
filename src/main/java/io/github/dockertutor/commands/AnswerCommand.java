package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code answer X}: the learner's answer to a quiz step. */
public final class AnswerCommand implements ShellCommand {
    private final StepFlow flow;

    public AnswerCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "answer";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.size() != 1 || !args.get(0).matches("[A-Za-z]")) {
            context.say("shell.answer.usage");
            return Outcome.CONTINUE;
        }
        flow.answer(args.get(0).toLowerCase(java.util.Locale.ROOT));
        return Outcome.CONTINUE;
    }
}
