package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PullProgressViewTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final long TEN_MS = TimeUnit.MILLISECONDS.toNanos(10);

    @Test
    void aPipeGetsOneLinePerStatusLikeDockerWithoutATerminal() {
        StringWriter out = new StringWriter();
        PlainScreen screen = new PlainScreen(new PrintWriter(out), 80);
        try (PullProgressView view = new PullProgressView(screen, EN)) {
            PullScript.play(view, () -> { });
            view.finish(PullScript.RESULT);
        }
        assertEquals(List.of(
                "latest: Pulling from library/busybox",
                "0f1e2d3c4b5a: Already exists",
                "a1b2c3d4e5f6: Pulling fs layer",
                "a1b2c3d4e5f6: Downloading",
                "a1b2c3d4e5f6: Verifying Checksum",
                "a1b2c3d4e5f6: Download complete",
                "a1b2c3d4e5f6: Extracting",
                "a1b2c3d4e5f6: Pull complete",
                "Digest: " + PullScript.DIGEST,
                "Status: Downloaded newer image for busybox:latest",
                "Pulled busybox:latest: digest 6c8d153bf4e0, 1.98MB on disk."),
                out.toString().lines().toList());
    }

    @Test
    void aLiveScreenIsRedrawnAtMostTenTimesASecondAndEndsOnTheFinalState() {
        RecordingScreen screen = new RecordingScreen(80);
        AtomicLong clock = new AtomicLong();
        PullProgressView view = new PullProgressView(screen, EN, clock::get, false);
        // 211 events, 10 ms apart: 2.1 seconds of pulling
        PullScript.play(view, () -> clock.addAndGet(TEN_MS));
        view.finish(PullScript.RESULT);

        int seconds = 3;
        assertTrue(screen.frames.size() <= seconds * 10 + 1, "too many redraws: " + screen.frames.size());
        assertTrue(screen.frames.size() >= 15, "too few redraws to look alive: " + screen.frames.size());
        assertEquals(List.of(
                "latest: Pulling from library/busybox",
                "0f1e2d3c4b5a: Already exists",
                "a1b2c3d4e5f6: Pull complete",
                "Digest: " + PullScript.DIGEST,
                "Status: Downloaded newer image for busybox:latest"), screen.lastFrame());
        assertTrue(screen.areaClosed);
        assertEquals(1, screen.areasOpened);
        assertEquals(List.of("Pulled busybox:latest: digest 6c8d153bf4e0, 1.98MB on disk."), screen.printed);
        // in the middle the bar moved like docker's
        assertTrue(screen.frames.stream().flatMap(List::stream)
                .anyMatch(line -> line.matches("a1b2c3d4e5f6: Downloading \\[=+> +\\] +[0-9.]+[kM]B/2\\.155MB")),
                "no download bar in " + screen.frames);
    }

    @Test
    void whatTheThrottleHeldBackIsDrawnAtClose() {
        RecordingScreen screen = new RecordingScreen(80);
        AtomicLong clock = new AtomicLong();
        PullProgressView view = new PullProgressView(screen, EN, clock::get, false);
        view.onLayer(PullScript.LAYER, "Downloading", 100_000, PullScript.SIZE);
        clock.addAndGet(TEN_MS);
        view.onLayer(PullScript.LAYER, "Downloading", 2_000_000, PullScript.SIZE);
        assertEquals(1, screen.frames.size(), "the second event came 10 ms after the first");
        view.close();
        assertTrue(screen.lastFrame().get(0).endsWith(" 2MB/2.155MB"), screen.lastFrame().toString());
    }

    @Test
    void whatTheThrottleHeldBackIsDrawnSoonEvenWithoutAnotherEvent() throws InterruptedException {
        RecordingScreen screen = new RecordingScreen(80);
        try (PullProgressView view = new PullProgressView(screen, EN)) {
            view.onLayer(PullScript.LAYER, "Downloading", 100_000, PullScript.SIZE);
            view.onLayer(PullScript.LAYER, "Downloading", 2_000_000, PullScript.SIZE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!screen.lastFrame().get(0).endsWith(" 2MB/2.155MB") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(screen.lastFrame().get(0).endsWith(" 2MB/2.155MB"), screen.lastFrame().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80})
    void noLineIsWiderThanTheScreen(int width) {
        RecordingScreen screen = new RecordingScreen(width);
        AtomicLong clock = new AtomicLong();
        PullProgressView view = new PullProgressView(screen, EN, clock::get, false);
        PullScript.play(view, () -> clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(150)));
        view.finish(PullScript.RESULT);
        assertTrue(screen.frames.size() > 100, "every event drawn when 150 ms apart: " + screen.frames.size());
        for (List<String> frame : screen.frames) {
            for (String line : frame) {
                assertTrue(Columns.of(line) <= width, width + " columns but: '" + line + "'");
            }
        }
        for (String line : screen.printed) {
            assertTrue(Columns.of(line) <= width, width + " columns but: '" + line + "'");
        }
        StringWriter out = new StringWriter();
        try (PullProgressView plain = new PullProgressView(new PlainScreen(new PrintWriter(out), width), EN)) {
            PullScript.play(plain, () -> { });
            plain.finish(PullScript.RESULT);
        }
        out.toString().lines().forEach(line -> assertTrue(Columns.of(line) <= width, "'" + line + "'"));
    }

    @Test
    void theChineseSummaryFitsFortyColumnsToo() {
        StringWriter out = new StringWriter();
        try (PullProgressView view = new PullProgressView(new PlainScreen(new PrintWriter(out), 40),
                Messages.of(Language.ZH_TW))) {
            view.finish(PullScript.RESULT);
        }
        String text = out.toString();
        assertTrue(text.contains("busybox:latest"), text);
        text.lines().forEach(line -> assertTrue(Columns.of(line) <= 40, "'" + line + "'"));
    }
}
