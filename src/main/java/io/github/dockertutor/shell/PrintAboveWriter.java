package io.github.dockertutor.shell;

import java.io.Writer;
import org.jline.reader.LineReader;

/**
 * Output for a terminal session that may come from another thread while the learner is typing
 * (a step passed on an engine event): whole lines go through {@link LineReader#printAbove}, which
 * prints above the prompt and redraws what the learner typed, or simply prints when no line is
 * being read.
 */
final class PrintAboveWriter extends Writer {
    private final LineReader reader;
    private final StringBuilder pending = new StringBuilder();

    PrintAboveWriter(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (pending.length() > 0) {
            emit();
        }
        reader.getTerminal().flush();
    }

    @Override
    public void close() {
        flush();
    }

    private void emit() {
        String line = pending.toString();
        pending.setLength(0);
        reader.printAbove(line);
    }
}
