package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code lessons}: the course, with each lesson's state; a long title goes on under itself. */
public final class LessonsCommand implements ShellCommand {
    private final StepFlow flow;

    public LessonsCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "lessons";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        context.say("shell.lessons.header");
        String current = flow.tutor().lesson().map(Lesson::id).orElse("");
        for (Lesson lesson : flow.tutor().course().lessons()) {
            int done = 0;
            for (Step step : lesson.steps()) {
                if (flow.tutor().isDone(lesson, step)) {
                    done++;
                }
            }
            String state = done == lesson.steps().size() ? context.messages().get("shell.lessons.done")
                    : done > 0 ? context.messages().get("shell.lessons.partly", done, lesson.steps().size())
                    : context.messages().get("shell.lessons.new");
            String marker = lesson.id().equals(current) ? "> " : "  ";
            // a title is the lesson author's data: sayLabelled escapes it and fits it to the terminal
            context.sayLabelled(String.format("%s%2d. ", marker, lesson.number()), context.messages().get(
                    "shell.lessons.line", lesson.title().get(context.messages().language()), state));
        }
        context.say("shell.lessons.footer");
        return Outcome.CONTINUE;
    }
}
