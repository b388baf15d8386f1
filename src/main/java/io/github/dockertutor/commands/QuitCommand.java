package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import java.util.List;

/** {@code quit}: saves and leaves (Ctrl-D does the same). */
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
        context.say("shell.bye");
        return Outcome.QUIT;
    }
}
