package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import java.util.List;

/** {@code quit}: leaves (Ctrl-D does the same); the shell saves, then says goodbye and whether it saved. */
public final class QuitCommand implements ShellCommand {
    @Override
    public String name() {
        return "quit";
    }

    @Override
    public List<String> aliases() {
        return List.of("exit");
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        return Outcome.QUIT;
    }
}
