package io.github.dockertutor.tui;

import io.github.dockertutor.render.LineWrapper;
import io.github.dockertutor.render.RenderOptions;
import io.github.dockertutor.render.TextFit;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * The learner's terminal. Colors unless {@code NO_COLOR} is set or the terminal is dumb; lines are
 * fitted to the window's width as they are printed; the live area moves the cursor up and
 * rewrites its lines with ANSI sequences. One lock serializes all
 * writing, because pull and build progress arrive on docker-java's threads.
 */
public final class TerminalScreen implements Screen {
    static final int FALLBACK_WIDTH = 80;
    private static final String ESC = "\u001b[";

    private final Terminal terminal;
    private final boolean color;
    private final boolean live;
    private final Object lock = new Object();

    /** Colors as the environment asks: none when NO_COLOR is set or the terminal is dumb. */
    public TerminalScreen(Terminal terminal) {
        this(terminal, RenderOptions.colorWanted(System.getenv("NO_COLOR"), terminal.getType()));
    }

    /** Colors as the caller decided, e.g. from the shell's own --no-color. */
    public TerminalScreen(Terminal terminal, boolean color) {
        this.terminal = terminal;
        this.color = color;
        String type = terminal.getType();
        this.live = type != null && !type.startsWith(Terminal.TYPE_DUMB);
    }

    @Override
    public int width() {
        int width = terminal.getWidth();
        return width > 0 ? width : FALLBACK_WIDTH;
    }

    private int height() {
        return terminal.getHeight();
    }

    @Override
    public boolean color() {
        return color;
    }

    @Override
    public boolean live() {
        return live;
    }

    /** A line of output (a build step, a table row) fitted to the window, between words, never cut by it. */
    @Override
    public void println(String text) {
        synchronized (lock) {
            for (String line : TextFit.lines(text, width())) {
                terminal.writer().println(line);
            }
        }
    }

    @Override
    public void println(AttributedString text) {
        synchronized (lock) {
            for (AttributedString line : LineWrapper.wrap(text, width())) {
                terminal.writer().println(color ? line.toAnsi(terminal) : line.toString());
            }
        }
    }

    @Override
    public void flush() {
        synchronized (lock) {
            terminal.flush();
        }
    }

    @Override
    public LiveArea liveArea() {
        if (!live) {
            return new StatusLines(terminal.writer(), lock);
        }
        return new Redrawn();
    }

    /**
     * Redraws the block by moving the cursor up over it. The cursor always rests at the start of
     * the line below the block, so closing needs no movement. A block taller than the window cannot
     * be reached by moving up: its top lines are then left as they are and only the rest redrawn.
     */
    private final class Redrawn implements LiveArea {
        private int frozen;
        private int drawn;
        private boolean closed;

        @Override
        public void update(List<LiveLine> lines) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                PrintWriter out = terminal.writer();
                int width = width();
                StringBuilder frame = new StringBuilder();
                if (drawn > 0) {
                    frame.append(ESC).append(drawn).append('A');
                }
                frame.append('\r');
                int height = height();
                int room = height > 1 ? height - 1 : Integer.MAX_VALUE;
                int newlyFrozen = Math.max(0, lines.size() - frozen - room);
                for (int i = frozen; i < lines.size(); i++) {
                    AttributedString text = lines.get(i).text();
                    if (text.columnLength() > width) {
                        text = text.columnSubSequence(0, width); // a wrapped line would break the cursor count
                    }
                    frame.append(ESC).append("2K").append(color ? text.toAnsi(terminal) : text.toString()).append("\r\n");
                }
                if (lines.size() - frozen < drawn) {
                    frame.append(ESC).append('J');
                }
                frozen += newlyFrozen;
                drawn = lines.size() - frozen;
                out.print(frame);
                out.flush();
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                closed = true;
                terminal.flush();
            }
        }
    }
}
