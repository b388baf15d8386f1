package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.lesson.Solution;
import io.github.dockertutor.session.StepFlow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code solution}: shows the step's solution and, after a yes, applies it: its files are written
 * into the workspace and its commands run through this same shell, exactly as if typed. A step
 * already done gets the solution to read, not to apply.
 */
public final class SolutionCommand implements ShellCommand {
    private final StepFlow flow;
    private final Consumer<String> typeLine;

    /** typeLine runs a line as if the learner had typed it (and checks the step after it). */
    public SolutionCommand(StepFlow flow, Consumer<String> typeLine) {
        this.flow = flow;
        this.typeLine = typeLine;
    }

    @Override
    public String name() {
        return "solution";
    }

    /** Its files may be all a step needs (a Dockerfile step), so the step is checked after it. */
    @Override
    public boolean checksStep() {
        return true;
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (flow.tutor().step().isEmpty()) {
            context.say("lesson.noneOpen");
            return Outcome.CONTINUE;
        }
        Optional<Course.StepRef> blocker = flow.blockedBy();
        if (blocker.isPresent()) {
            // this step's own solution would run the same command again, to the same failure
            context.say("shell.solution.blocked", blocker.get().step().title().get(context.messages().language()),
                    blocker.get().lesson().number(), blocker.get().lesson().title().get(context.messages().language()));
            return Outcome.CONTINUE;
        }
        Solution solution = flow.tutor().step().get().solution();
        context.say("shell.solution.header");
        for (Map.Entry<String, String> file : solution.files().entrySet()) {
            context.say("shell.solution.file", file.getKey());
            context.showCode(language(file.getKey()), file.getValue());
        }
        if (!solution.commands().isEmpty()) {
            // shown as a lesson shows commands, so each can be copied or typed as it stands
            context.showCode("bash", String.join("\n", solution.commands()));
        }
        // done already: applying it again would only repeat commands (a docker rm of what is gone)
        // and count a solution the learner did not need
        if (flow.tutor().isDone(flow.tutor().lesson().orElseThrow(), flow.tutor().step().get())) {
            context.say("shell.solution.alreadyDone");
            return Outcome.CONTINUE;
        }
        // a prompt that names only what will happen: a quiz's answer writes no file
        String confirm = solution.files().isEmpty() ? "shell.solution.confirmCommands"
                : solution.commands().isEmpty() ? "shell.solution.confirmFiles" : "shell.solution.confirm";
        if (!context.confirm(confirm)) {
            return Outcome.CONTINUE;
        }
        flow.tutor().recordSolution();
        for (Map.Entry<String, String> file : solution.files().entrySet()) {
            if (!write(file.getKey(), file.getValue(), context)) {
                return Outcome.CONTINUE;
            }
        }
        for (String command : solution.commands()) {
            context.out().println("$ " + Columns.printable(command));
            context.out().flush();
            typeLine.accept(command);
        }
        flow.answerWithWhatIsSeen();
        return Outcome.CONTINUE;
    }

    /** How a solution file is shown: a Dockerfile's lines go on after a backslash, markup wraps. */
    static String language(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("dockerfile") || name.endsWith(".dockerfile")) {
            return "dockerfile";
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xml") || name.endsWith(".md")) {
            return "html";
        }
        if (name.endsWith(".py")) {
            return "python";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        return name.endsWith(".sh") ? "sh" : "text";
    }

    private static boolean write(String name, String content, ShellContext context) {
        Optional<Path> path = context.workspace().resolve(name);
        if (path.isEmpty()) {
            context.say("shell.workspace.outside", name);
            return false;
        }
        try {
            Files.createDirectories(path.get().getParent());
            Files.writeString(path.get(), content, StandardCharsets.UTF_8);
            context.say("shell.solution.wrote", context.workspace().display(path.get()));
            return true;
        } catch (IOException e) {
            context.say("shell.workspace.cannotWrite", name, e.getMessage());
            return false;
        }
    }
}
