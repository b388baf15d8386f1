package io.github.dockertutor.shell;

import io.github.dockertutor.render.ContinuedLines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Lines as typed or pasted in, commands out, as a shell reads them: a line that ends in a
 * backslash goes on in the next one (the two are joined with one space), so a command the lessons
 * show over several lines with {@code " \"} can be typed or pasted as shown. A paste of several
 * whole lines gives several commands, one after the other.
 */
final class ContinuedInput {
    /** The prompt for the rest of a command that goes on, as a shell's PS2. */
    static final String MORE_PROMPT = "> ";

    private final Deque<String> commands = new ArrayDeque<>();
    private final List<String> partial = new ArrayList<>();

    /** Adds what was read: one line, or several separated by line ends (a paste). */
    void add(String text) {
        for (String line : text.split("\r?\n|\r", -1)) {
            partial.add(line);
            if (!ContinuedLines.continues(line)) {
                commands.add(ContinuedLines.join(partial));
                partial.clear();
            }
        }
    }

    /** Whether a command has begun and waits for its next line. */
    boolean waiting() {
        return !partial.isEmpty();
    }

    /** The next whole command, if one is complete. */
    Optional<String> next() {
        return Optional.ofNullable(commands.poll());
    }

    /** The input ended in the middle of a command: what was typed of it, so nothing is lost. */
    Optional<String> rest() {
        if (partial.isEmpty()) {
            return next();
        }
        String command = ContinuedLines.join(partial);
        partial.clear();
        return Optional.of(command);
    }

    /** Ctrl-C: the command being typed is dropped, as in a shell. */
    void clear() {
        partial.clear();
        commands.clear();
    }
}
