package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.LessonRow;
import io.github.dockertutor.progress.ProgressTable;
import io.github.dockertutor.session.StepFlow;
import java.util.ArrayList;
import java.util.List;

/** {@code progress}: steps done, time spent and hints used, per lesson, lined up in either language. */
public final class ProgressCommand implements ShellCommand {
    private final StepFlow flow;

    public ProgressCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        List<LessonRow> rows = new ArrayList<>();
        for (Lesson lesson : flow.tutor().course().lessons()) {
            rows.add(new LessonRow(lesson.id(), lesson.title().get(context.messages().language()),
                    lesson.steps().stream().map(Step::id).toList()));
        }
        for (String line : ProgressTable.format(rows, flow.tutor().progress(), context.messages(), flow.tutor().now(),
                context.width())) {
            context.out().println(line);
        }
        context.out().flush();
        return Outcome.CONTINUE;
    }
}
