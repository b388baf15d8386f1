package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** What a person sees on a terminal after the escape sequences have done their work. */
class TerminalScreenTest {
    private static final Messages EN = Messages.of(Language.EN);

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    /** Never written to: at the end of its input a JLine terminal would close itself. */
    private final PipedOutputStream keyboard = new PipedOutputStream();

    /** A terminal over plain streams that writes synchronously (TerminalBuilder would open a pty and pump). */
    private Terminal terminal(String type, int columns, int rows) throws IOException {
        Terminal terminal = new ExternalTerminal("test", type, new PipedInputStream(keyboard), output,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
        return terminal;
    }

    private List<String> seen(int columns, int rows) {
        VirtualTerminal screen = new VirtualTerminal(columns, rows);
        screen.feed(output.toString(StandardCharsets.UTF_8));
        return screen.lines();
    }

    private static List<String> pullOn(Screen screen) {
        AtomicLong clock = new AtomicLong();
        RecordingScreen frames = new RecordingScreen(screen.width());
        PullProgressView view = new PullProgressView(screen, EN, clock::get, false);
        PullProgressView shadow = new PullProgressView(frames, EN, clock::get, false);
        PullScript.play(new io.github.dockertutor.engine.PullListener() {
            @Override
            public void onLayer(String layerId, String status, long current, long total) {
                view.onLayer(layerId, status, current, total);
                shadow.onLayer(layerId, status, current, total);
            }

            @Override
            public void onMessage(String message) {
                view.onMessage(message);
                shadow.onMessage(message);
            }
        }, () -> clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(30)));
        view.finish(PullScript.RESULT);
        shadow.finish(PullScript.RESULT);
        List<String> expected = new ArrayList<>(frames.lastFrame());
        expected.addAll(frames.printed);
        return expected;
    }

    @Test
    void redrawingInPlaceLeavesExactlyTheFinalFrameOnScreen() throws IOException {
        try (Terminal terminal = terminal("xterm-256color", 80, 24)) {
            TerminalScreen screen = new TerminalScreen(terminal, false);
            assertTrue(screen.live());
            List<String> expected = pullOn(screen);
            terminal.flush();
            assertEquals(expected, seen(80, 24));
            assertTrue(output.toString(StandardCharsets.UTF_8).contains("\u001b[3A"), "it redrew in place");
        }
    }

    @Test
    void atFortyColumnsNothingWrapsAndTheResultIsTheSame() throws IOException {
        try (Terminal terminal = terminal("xterm-256color", 40, 24)) {
            TerminalScreen screen = new TerminalScreen(terminal, false);
            assertEquals(40, screen.width());
            List<String> expected = pullOn(screen);
            terminal.flush();
            List<String> seen = seen(40, 24);
            assertEquals(expected, seen);
            seen.forEach(line -> assertTrue(Columns.of(line) <= 40, line));
        }
    }

    @Test
    void aPrintedLineTooWideIsFittedBetweenWordsNotCutByTheTerminal() throws IOException {
        try (Terminal terminal = terminal("xterm-256color", 40, 24)) {
            TerminalScreen screen = new TerminalScreen(terminal, false);
            screen.println("Removing intermediate container 7a82bddc17a2");
            screen.println(new org.jline.utils.AttributedString("Step 3/6 : COPY index.html /www/index.html"));
            terminal.flush();
            assertEquals(List.of("Removing intermediate container", "7a82bddc17a2",
                    "Step 3/6 : COPY index.html", "/www/index.html"), seen(40, 24).subList(0, 4));
        }
    }

    @Test
    void aBlockTallerThanTheWindowKeepsItsTopAndRedrawsTheRest() throws IOException {
        try (Terminal terminal = terminal("xterm", 40, 5)) {
            TerminalScreen screen = new TerminalScreen(terminal, false);
            List<String> expected = pullOn(screen);
            terminal.flush();
            List<String> seen = seen(40, 5);
            // the frame is 7 lines (the digest wraps) in a window of 5: no line is lost or repeated
            assertEquals(expected.size(), seen.size(), seen.toString());
            assertEquals(expected.subList(expected.size() - 5, expected.size()),
                    seen.subList(seen.size() - 5, seen.size()));
        }
    }

    @Test
    void aDumbTerminalPrintsStatusLinesOnly() throws IOException {
        try (Terminal terminal = terminal(Terminal.TYPE_DUMB, 80, 24)) {
            TerminalScreen screen = new TerminalScreen(terminal);
            assertFalse(screen.live());
            assertFalse(screen.color());
            try (PullProgressView view = new PullProgressView(screen, EN)) {
                PullScript.play(view, () -> { });
                view.finish(PullScript.RESULT);
            }
            terminal.flush();
            String text = output.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertFalse(text.contains("\u001b"), text);
            assertTrue(text.contains("a1b2c3d4e5f6: Downloading\n"), text);
            assertFalse(text.contains("MB/"), "no progress numbers on a dumb terminal: " + text);
        }
    }

    @Test
    void colorOnlyWhenWanted() throws IOException {
        try (Terminal terminal = terminal("xterm-256color", 80, 24)) {
            new TerminalScreen(terminal, false).println(AttributedString.fromAnsi("\u001b[1mbold\u001b[0m"));
            new TerminalScreen(terminal, true).println(AttributedString.fromAnsi("\u001b[1mbold\u001b[0m"));
            terminal.flush();
            String[] lines = output.toString(StandardCharsets.UTF_8).split("\r?\n");
            assertEquals("bold", lines[0]);
            assertTrue(lines[1].contains("\u001b[") && lines[1].contains("bold"), lines[1]);
        }
    }
}
