package io.github.dockertutor.cli;

import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.tui.Screen;
import io.github.dockertutor.tui.TerminalScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where a command run from the system's shell draws progress: the real terminal when there is one
 * (bars redrawn in place), else the command's output as plain status lines.
 */
final class CliScreen implements AutoCloseable {
    private static final int PLAIN_WIDTH = 80;

    private final Screen screen;
    private final Terminal terminal;

    private CliScreen(Screen screen, Terminal terminal) {
        this.screen = screen;
        this.terminal = terminal;
    }

    static CliScreen open(CliCommand.Invocation run) {
        if (run.in() == System.in && System.console() != null) {
            try {
                Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
                return new CliScreen(new TerminalScreen(terminal), terminal);
            } catch (IOException | RuntimeException e) {
                // no usable terminal after all: status lines work everywhere
            }
        }
        return new CliScreen(new PlainScreen(run.out(), PLAIN_WIDTH), null);
    }

    Screen screen() {
        return screen;
    }

    /** Prints a line the same way progress goes, so the two never interleave. */
    void println(String text) {
        screen.println(text);
        screen.flush();
    }

    @Override
    public void close() {
        screen.flush();
        if (terminal != null) {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // the terminal is ours alone; there is nothing to restore if closing fails
            }
        }
    }
}
