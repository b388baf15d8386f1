package io.github.dockertutor.shell;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The container's screen output on its way to the learner's terminal. It can be shut, after
 * which late bytes from docker-java's stream thread are dropped, so they cannot land in the
 * middle of what the tutor prints next; and it remembers whether the cursor is at a line start.
 */
final class TerminalSink extends OutputStream {
    private final OutputStream terminal;
    private boolean shut;
    private boolean atLineStart = true;

    TerminalSink(OutputStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (shut || length == 0) {
            return;
        }
        terminal.write(bytes, offset, length);
        atLineStart = bytes[offset + length - 1] == '\n';
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!shut) {
            terminal.flush();
        }
    }

    /** Stops passing output on; returns once no write is under way. */
    synchronized void shut() {
        shut = true;
    }

    synchronized boolean atLineStart() {
        return atLineStart;
    }
}
