package io.github.dockertutor.tui;

import java.util.List;

/**
 * Lines at the bottom of a {@link Screen} that are redrawn as they change. On a live screen each
 * update redraws the block in place; elsewhere a line is printed only when its
 * {@link LiveLine#status()} changes, as the docker command does when its output is not a terminal.
 */
public interface LiveArea extends AutoCloseable {
    /** Shows these lines in place of the last ones; lines are only ever added or changed, not removed. */
    void update(List<LiveLine> lines);

    /** Leaves the last state on the screen, with the cursor on the line after it. Idempotent. */
    @Override
    void close();
}
