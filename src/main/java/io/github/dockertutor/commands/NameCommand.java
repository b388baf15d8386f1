package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.progress.DisplayName;
import io.github.dockertutor.session.Tutor;
import java.util.List;
import java.util.Optional;

/**
 * {@code name NAME}: the display name the learner chooses for the report handed to the teacher
 * ({@code dockertutor report}); saved with the progress; {@code name} alone shows it and
 * {@code name --clear} takes it back. Nothing else about the learner is ever recorded.
 */
public final class NameCommand implements ShellCommand {
    static final String CLEAR = "--clear";

    private final Tutor tutor;

    public NameCommand(Tutor tutor) {
        this.tutor = tutor;
    }

    @Override
    public String name() {
        return "name";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.isEmpty()) {
            tutor.progress().learnerName().ifPresentOrElse(
                    name -> context.say("report.name.current", name),
                    () -> context.say("report.name.none"));
            return Outcome.CONTINUE;
        }
        if (args.equals(List.of(CLEAR))) {
            tutor.forgetLearnerName();
            context.say(tutor.saved() ? "report.name.cleared" : "report.name.clearedNotSaved");
            return Outcome.CONTINUE;
        }
        Optional<String> checked = DisplayName.check(String.join(" ", args));
        if (checked.isEmpty()) {
            context.say("report.name.invalid", DisplayName.MAX_CHARS);
            return Outcome.CONTINUE;
        }
        String name = checked.get();
        tutor.setLearnerName(name);
        context.say(tutor.saved() ? "report.name.saved" : "report.name.notSaved", name);
        return Outcome.CONTINUE;
    }
}
