package io.github.dockertutor.tui;

import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.LineWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Draws a pull as the docker command does: "latest: Pulling from library/busybox", a line per
 * layer with its bar, then "Digest: …" and "Status: …", then our own summary. On a live screen the
 * lines are redrawn in place at most ten times a second (the last state is always drawn); elsewhere
 * a line is printed only when a layer's status changes.
 *
 * <pre>
 * try (PullProgressView view = new PullProgressView(screen, messages)) {
 *     view.finish(engine.pull(repository, tag, null, view, cancellation));
 * }
 * </pre>
 */
public final class PullProgressView implements PullListener, AutoCloseable {
    /** The least time between two redraws: ten a second are smooth and cheap. */
    static final long REDRAW_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Screen screen;
    private final Messages messages;
    private final LongSupplier clock;
    private final boolean trailingRedraw;

    /** Every line in the order it first appeared: a message (String) or a layer (Layer). */
    private final List<Object> entries = new ArrayList<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private LiveArea area;
    private long lastDraw;
    private boolean drawnOnce;
    private boolean pending;
    private boolean closed;
    private ScheduledExecutorService timer;

    public PullProgressView(Screen screen, Messages messages) {
        this(screen, messages, System::nanoTime, true);
    }

    /** For tests: a clock to control the throttle, and no timer thread drawing what the throttle held back. */
    PullProgressView(Screen screen, Messages messages, LongSupplier clock, boolean trailingRedraw) {
        this.screen = screen;
        this.messages = messages;
        this.clock = clock;
        this.trailingRedraw = trailingRedraw;
    }

    private static final class Layer {
        final String id;
        String status;
        long current;
        long total;

        Layer(String id) {
            this.id = id;
        }
    }

    @Override
    public synchronized void onLayer(String layerId, String status, long current, long total) {
        if (closed) {
            return;
        }
        Layer layer = layers.get(layerId);
        boolean changedStatus = layer == null || !layer.status.equals(status);
        if (layer == null) {
            layer = new Layer(layerId);
            layers.put(layerId, layer);
            entries.add(layer);
        }
        layer.status = status;
        layer.current = current;
        layer.total = total;
        changed(changedStatus);
    }

    @Override
    public synchronized void onMessage(String message) {
        if (closed) {
            return;
        }
        entries.add(Columns.printable(message));
        changed(true);
    }

    /**
     * A screen that cannot redraw only prints status changes, so it is told of each one at once and
     * of nothing else; a live screen is redrawn when the throttle allows, or a little later.
     */
    private void changed(boolean statusChanged) {
        if (!screen.live()) {
            if (statusChanged) {
                draw();
            }
            return;
        }
        long now = clock.getAsLong();
        if (!drawnOnce || now - lastDraw >= REDRAW_INTERVAL_NANOS) {
            draw();
        } else {
            pending = true;
            scheduleTrailingDraw(REDRAW_INTERVAL_NANOS - (now - lastDraw));
        }
    }

    private void scheduleTrailingDraw(long delayNanos) {
        if (!trailingRedraw) {
            return;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "dockertutor-pull-redraw");
                thread.setDaemon(true);
                return thread;
            });
        }
        timer.schedule(this::drawIfPending, delayNanos, TimeUnit.NANOSECONDS);
    }

    private synchronized void drawIfPending() {
        if (pending && !closed) {
            draw();
        }
    }

    private void draw() {
        if (area == null) {
            area = screen.liveArea();
        }
        area.update(frame(screen.width()));
        lastDraw = clock.getAsLong();
        drawnOnce = true;
        pending = false;
    }

    /** The lines as they stand, laid out for a screen {@code width} columns wide. */
    synchronized List<LiveLine> frame(int width) {
        List<LiveLine> lines = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Layer layer) {
                lines.add(new LiveLine(LayerLine.render(layer.id, layer.status, layer.current, layer.total, width),
                        LayerLine.status(layer.id, layer.status)));
            } else {
                for (String line : LineWrapper.wrap((String) entry, width)) {
                    lines.add(LiveLine.fixed(new AttributedString(line)));
                }
            }
        }
        return lines;
    }

    /**
     * Draws the final state, leaves it on the screen and prints the summary: the image, its
     * digest and its size, from {@code view.pull.summary}.
     */
    public void finish(PullResult result) {
        close();
        String digest = DockerIds.shortId(result.digest().isEmpty() ? result.imageId() : result.digest());
        String summary = messages.get("view.pull.summary", result.reference(), digest,
                HumanUnits.size(result.size()));
        AttributedStyle style = screen.color() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
        for (AttributedString line : LineWrapper.wrap(new AttributedString(summary, style), screen.width())) {
            screen.println(line);
        }
        screen.flush();
    }

    /** Draws the last state if the throttle held it back and closes the live area; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (!entries.isEmpty() && (pending || !drawnOnce || screen.live())) {
            draw();
        }
        closed = true;
        if (area != null) {
            area.close();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
