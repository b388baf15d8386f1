package io.github.dockertutor.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.console.ShellCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** clear empties a real terminal's screen, and leaves a dumb terminal's output alone. */
class ClearCommandTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PipedOutputStream keyboard = new PipedOutputStream();

    private Terminal terminal(String type) throws IOException {
        return new ExternalTerminal("test", type, new PipedInputStream(keyboard), output, StandardCharsets.UTF_8);
    }

    @Test
    void anXtermGetsItsClearScreenSequence() throws IOException {
        try (Terminal xterm = terminal("xterm-256color")) {
            assertEquals(ShellCommand.Outcome.CONTINUE, new ClearCommand(Optional.of(xterm)).execute(null, List.of()));
            assertTrue(output.toString(StandardCharsets.UTF_8).contains("\u001b[H\u001b[2J"), output.toString());
        }
    }

    @Test
    void aDumbTerminalAndAPipeGetNothing() throws IOException {
        try (Terminal dumb = terminal("dumb")) {
            new ClearCommand(Optional.of(dumb)).execute(null, List.of());
            new ClearCommand(Optional.empty()).execute(null, List.of());
            assertEquals("", output.toString(StandardCharsets.UTF_8));
        }
    }
}
