package io.github.dockertutor.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/** A live screen that keeps every frame its live areas were given and every line printed. */
final class RecordingScreen implements Screen {
    final List<List<String>> frames = new ArrayList<>();
    final List<String> printed = new ArrayList<>();
    int width;
    boolean areaClosed;
    int areasOpened;

    RecordingScreen(int width) {
        this.width = width;
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
        return true;
    }

    @Override
    public synchronized void println(String text) {
        printed.add(text);
    }

    @Override
    public void println(AttributedString text) {
        println(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public LiveArea liveArea() {
        areasOpened++;
        return new LiveArea() {
            @Override
            public void update(List<LiveLine> lines) {
                List<String> frame = new ArrayList<>();
                for (LiveLine line : lines) {
                    frame.add(line.text().toString());
                }
                synchronized (RecordingScreen.this) {
                    frames.add(frame);
                }
            }

            @Override
            public void close() {
                areaClosed = true;
            }
        };
    }

    synchronized List<String> lastFrame() {
        return frames.isEmpty() ? List.of() : frames.get(frames.size() - 1);
    }
}
