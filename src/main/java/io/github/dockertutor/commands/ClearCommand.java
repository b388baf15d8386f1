package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * {@code clear}: empties the screen, as the same word does in the system's shell, which learners
 * type out of habit (Ctrl-L does it too). Nothing happens on a pipe, or on a terminal that cannot
 * clear itself: what was written there stays as it was.
 */
public final class ClearCommand implements ShellCommand {
    private final Optional<Terminal> terminal;

    public ClearCommand(Optional<Terminal> terminal) {
        this.terminal = terminal;
    }

    @Override
    public String name() {
        return "clear";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        terminal.ifPresent(screen -> {
            if (screen.puts(InfoCmp.Capability.clear_screen)) {
                screen.flush();
            }
        });
        return Outcome.CONTINUE;
    }
}
