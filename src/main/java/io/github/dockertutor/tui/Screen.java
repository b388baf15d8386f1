package io.github.dockertutor.tui;

import org.jline.utils.AttributedString;

/**
 * Where the shell writes a docker command's output: a real terminal, or a pipe or file. Every
 * method may be called from any thread (docker-java calls back from its own); output stays whole.
 */
public interface Screen {
    /** Usable width in terminal columns, read afresh on each call (the window may be resized). */
    int width();

    /** Whether ANSI styles are written. */
    boolean color();

    /** Whether lines can be redrawn in place: a real terminal, not a pipe or a dumb terminal. */
    boolean live();

    void println(String text);

    /** Prints styled text; its styles are dropped when {@link #color()} is false. */
    void println(AttributedString text);

    void flush();

    /**
     * A block of lines at the bottom that can be redrawn, for progress bars. Close it to leave its
     * last state on the screen; print nothing else while it is open.
     */
    LiveArea liveArea();
}
