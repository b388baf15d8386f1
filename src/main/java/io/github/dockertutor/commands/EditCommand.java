package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.builtins.Nano;
import org.jline.terminal.Terminal;

/**
 * {@code edit FILE}: JLine's built-in nano on a workspace file (created when missing), restricted
 * to that file. The step is checked when the editor closes, as after any command.
 */
public final class EditCommand implements ShellCommand {
    private final Optional<Terminal> terminal;

    public EditCommand(Optional<Terminal> terminal) {
        this.terminal = terminal;
    }

    @Override
    public boolean checksStep() {
        return true;
    }

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.size() != 1) {
            context.say("shell.edit.usage");
            return Outcome.CONTINUE;
        }
        Optional<Path> file = context.workspace().resolve(args.get(0));
        if (file.isEmpty()) {
            context.say("shell.workspace.outside", args.get(0));
            return Outcome.CONTINUE;
        }
        if (terminal.isEmpty()) {
            context.say("shell.edit.needsTerminal", file.get());
            return Outcome.CONTINUE;
        }
        try {
            Files.createDirectories(file.get().getParent());
            Nano nano = new Nano(terminal.get(), file.get().getParent());
            nano.setRestricted(true);
            nano.open(file.get().getFileName().toString());
            nano.run();
            context.say("shell.edit.saved", context.workspace().display(file.get()));
        } catch (IOException e) {
            context.say("shell.workspace.cannotWrite", args.get(0), e.getMessage());
        }
        return Outcome.CONTINUE;
    }
}
