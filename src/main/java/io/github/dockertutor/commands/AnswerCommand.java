package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code answer X}: the letter that answers a quiz, or what a listing or log showed (a name, an id, a number). */
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
        if (args.isEmpty()) {
            context.say("shell.answer.usage");
            return Outcome.CONTINUE;
        }
        String answer = String.join(" ", args);
        flow.answer(answer.matches("[A-Za-z]") ? answer.toLowerCase(java.util.Locale.ROOT) : answer);
        return Outcome.CONTINUE;
    }
}
