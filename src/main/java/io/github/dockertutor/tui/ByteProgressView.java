package io.github.dockertutor.tui;

import io.github.dockertutor.render.Columns;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.utils.AttributedString;

/**
 * One progress line for bytes moved (a pack written, a pack loaded):
 * {@code Writing course.tar.gz [=====>     ]  12.3MB/45.6MB} redrawn in place on a live screen,
 * at most ten times a second; elsewhere a status line at every tenth of the way.
 */
public final class ByteProgressView implements AutoCloseable {
    private static final long REDRAW_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Screen screen;
    private final String label;
    private final long total;
    private LiveArea area;
    private long current;
    private long lastDraw;
    private long lastTenth = -1;
    private boolean closed;

    /** {@code total} 0 when unknown: the line then shows the bytes alone. */
    public ByteProgressView(Screen screen, String label, long total) {
        this.screen = screen;
        this.label = Columns.printable(label);
        this.total = total;
    }

    /** The bytes done so far. */
    public synchronized void update(long done) {
        if (closed) {
            return;
        }
        current = done;
        // called for every few KiB of a pack: drawing only when it shows, not per call, keeps it cheap
        if (!screen.live()) {
            long tenth = total > 0 ? Math.min(10, done * 10 / total) : 0;
            if (area == null || tenth != lastTenth) {
                draw();
                lastTenth = tenth;
            }
            return;
        }
        long now = System.nanoTime();
        if (area == null || now - lastDraw >= REDRAW_INTERVAL_NANOS) {
            draw();
            lastDraw = now;
        }
    }

    private void draw() {
        if (area == null) {
            area = screen.liveArea();
        }
        area.update(List.of(new LiveLine(line(label, current, total, screen.width()), status(label, current, total))));
    }

    /** The line on a live screen: label, bar when it fits, bytes. */
    static AttributedString line(String label, long current, long total, int width) {
        String numbers = total > 0 && current <= total
                ? HumanUnits.progressSize(current) + "/" + HumanUnits.progressSize(total)
                : HumanUnits.progressSize(current);
        int labelCols = Columns.of(label);
        if (total > 0 && current <= total) {
            int bar = Math.min(LayerLine.FULL_BAR, width - labelCols - 1 - numbers.length() - 4);
            if (bar >= LayerLine.MIN_BAR) {
                return new AttributedString(label + " " + LayerLine.bar(current, total, bar) + numbers);
            }
        }
        if (labelCols + 1 + numbers.length() <= width) {
            return new AttributedString(label + " " + numbers);
        }
        return Columns.ellipsize(new AttributedString(label), width);
    }

    /** The line where lines cannot be redrawn: changes at each tenth, so a pipe gets about ten lines. */
    static String status(String label, long current, long total) {
        if (total <= 0) {
            return label;
        }
        long tenth = Math.min(10, current * 10 / total);
        return label + " " + (tenth * 10) + "%";
    }

    /** Draws the last state and leaves it on the screen; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        draw();
        closed = true;
        area.close();
        screen.flush();
    }
}
