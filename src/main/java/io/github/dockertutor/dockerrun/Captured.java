package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.tui.PlainScreen;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A context whose docker output (what a listing prints on its screen) goes into a buffer, for
 * {@code $(docker …)}; its messages (an error, a refusal) still reach the learner, as a shell
 * leaves standard error on the terminal. It never asks a question: a listing has none to ask.
 */
final class Captured {
    /** Wide enough that no listing is cut: the output is read by the tutor, not a person. */
    private static final int WIDTH = 100_000;

    private Captured() {
    }

    static ShellContext of(ShellContext context, Writer buffer) {
        ShellContext captured = new ShellContext(context.environment(), context.engineSession(), context.engine(),
                context.log(), context.out(), context.commands(), context.messages(), context.interrupts(),
                context.workspace(), prompt -> Optional.empty());
        captured.setLessonLabel(context.lessonLabel());
        captured.setLearner(context.learner());
        captured.setDisplay(context::width, false, new PlainScreen(new PrintWriter(buffer, true), WIDTH));
        return captured;
    }
}
