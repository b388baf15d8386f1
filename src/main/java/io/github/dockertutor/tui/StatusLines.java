package io.github.dockertutor.tui;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The live area of a screen that cannot redraw: prints a line's status each time it changes, in
 * the order the changes happen, like the docker command's output into a pipe.
 */
final class StatusLines implements LiveArea {
    private final PrintWriter out;
    private final Object lock;
    private final List<String> printed = new ArrayList<>();
    private boolean closed;

    StatusLines(PrintWriter out, Object lock) {
        this.out = out;
        this.lock = lock;
    }

    @Override
    public void update(List<LiveLine> lines) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                String status = lines.get(i).status();
                if (i >= printed.size()) {
                    printed.add(status);
                    out.println(status);
                } else if (!printed.get(i).equals(status)) {
                    printed.set(i, status);
                    out.println(status);
                }
            }
            out.flush();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            out.flush();
        }
    }
}
