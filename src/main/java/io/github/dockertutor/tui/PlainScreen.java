package io.github.dockertutor.tui;

import java.io.PrintWriter;
import org.jline.utils.AttributedString;

/**
 * A screen that is a pipe, a file or a dumb terminal: no styles, no cursor movement. Its live area
 * prints a line when a line's status changes and never per byte of progress.
 */
public final class PlainScreen implements Screen {
    private final PrintWriter out;
    private final int width;
    private final Object lock = new Object();

    public PlainScreen(PrintWriter out, int width) {
        this.out = out;
        this.width = Math.max(1, width);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean color() {
        return false;
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public void println(String text) {
        synchronized (lock) {
            out.println(text);
        }
    }

    @Override
    public void println(AttributedString text) {
        println(text.toString());
    }

    @Override
    public void flush() {
        synchronized (lock) {
            out.flush();
        }
    }

    @Override
    public LiveArea liveArea() {
        return new StatusLines(out, lock);
    }
}
