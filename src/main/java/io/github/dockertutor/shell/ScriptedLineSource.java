package io.github.dockertutor.shell;

import io.github.dockertutor.render.Columns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads commands line by line from a stream that is not a terminal, so a teacher or a test can
 * script a whole session. Each line is echoed after the prompt, so the transcript reads like a
 * session typed by hand; a line ending in a backslash goes on in the next, as in a shell.
 */
final class ScriptedLineSource implements LineSource {
    private final BufferedReader reader;
    private final PrintWriter out;
    private final ContinuedInput input = new ContinuedInput();

    ScriptedLineSource(InputStream in, PrintWriter out) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            Optional<String> command = input.next();
            while (command.isEmpty()) {
                String line = reader.readLine();
                if (line == null) {
                    return input.rest();
                }
                // the echo is data: a piped line's escape sequences must not retitle or clear the terminal
                out.println((input.waiting() ? ContinuedInput.MORE_PROMPT : prompt) + Columns.printable(line));
                out.flush();
                input.add(line);
                command = input.next();
            }
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        // standard input belongs to the process, not to us
    }
}
