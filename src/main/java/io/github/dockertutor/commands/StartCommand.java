package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.session.StepFlow;
import java.util.List;
import java.util.Optional;

/** {@code start N}: opens lesson N (its number, or its id). */
public final class StartCommand implements ShellCommand {
    private final StepFlow flow;

    public StartCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.size() != 1) {
            context.say("shell.start.usage");
            return Outcome.CONTINUE;
        }
        Optional<Lesson> lesson = find(flow.tutor().course().lessons(), args.get(0));
        if (lesson.isEmpty()) {
            context.say("shell.start.unknown", args.get(0));
            return Outcome.CONTINUE;
        }
        flow.start(lesson.get());
        return Outcome.CONTINUE;
    }

    static Optional<Lesson> find(List<Lesson> lessons, String wanted) {
        for (Lesson lesson : lessons) {
            if (lesson.id().equals(wanted) || String.valueOf(lesson.number()).equals(wanted.replaceFirst("^0+(?=\\d)", ""))) {
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }
}
