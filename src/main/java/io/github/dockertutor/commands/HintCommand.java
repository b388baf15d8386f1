package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.lesson.Hint;
import io.github.dockertutor.lesson.LocalizedText;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.session.StepFlow;
import java.util.List;

/** {@code hint}: the step's next hint each time, the last one again once all were shown. */
public final class HintCommand implements ShellCommand {
    private final StepFlow flow;

    public HintCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "hint";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (flow.tutor().step().isEmpty()) {
            context.say("lesson.noneOpen");
            return Outcome.CONTINUE;
        }
        Step step = flow.tutor().step().get();
        List<Hint> hints = step.hints();
        int index = Math.min(flow.tutor().takeHint(), hints.size() - 1);
        LocalizedText.Shown text = hints.get(index).text().in(context.messages().language());
        String prefix = text.fallback() ? io.github.dockertutor.i18n.Messages.FALLBACK_MARKER : "";
        // hints are Markdown, as the lesson's text is: `code` shows as code, not as backticks
        context.sayMarkdown(context.messages().get("shell.hint", index + 1, hints.size(), prefix + text.text()));
        return Outcome.CONTINUE;
    }
}
