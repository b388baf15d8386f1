package io.github.dockertutor.tui;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.TextFit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The tutor's own small editor for one file, with nano's keys (Ctrl-O saves, Ctrl-X leaves, Ctrl-K
 * cuts a line, Ctrl-U pastes it, Ctrl-G helps) and every word on it in the learner's language,
 * fitted to the screen. It edits the text it is given and hands the text to save to its caller,
 * which decides where it may go: the editor itself opens and writes no file, and has no key to
 * read or write another one.
 */
public final class TextEditor {
    /** Tab stops, every four columns, as lessons indent. */
    static final int TAB = 4;
    /** How often the key loop looks up to redraw after the window was resized. */
    private static final long POLL_MILLIS = 200;

    /** Writes the text where it belongs; the error to show when it could not, in the learner's language. */
    @FunctionalInterface
    public interface Saver {
        Optional<String> save(String text);
    }

    /** How the editing ended. */
    public enum Outcome {
        SAVED, UNCHANGED, DISCARDED
    }

    private final Terminal terminal;
    private final Messages messages;
    private final String title;
    private final EditBuffer buffer;
    private final Saver saver;
    private final AtomicBoolean resized = new AtomicBoolean();
    private Display display;
    private int rows;
    private int columns;
    private int firstShown;
    private String status = "";
    private boolean savedOnce;

    public TextEditor(Terminal terminal, Messages messages, String title, String text, Saver saver) {
        this.terminal = terminal;
        this.messages = messages;
        this.title = title;
        this.buffer = new EditBuffer(text);
        this.saver = saver;
    }

    /** Edits until the learner leaves; the terminal is back as it was however it ends. */
    public Outcome run() throws IOException {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        // Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q are keys here, not signals or flow control
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        raw.setInputFlag(Attributes.InputFlag.IXON, false);
        terminal.setAttributes(raw);
        Terminal.SignalHandler previousWinch = terminal.handle(Terminal.Signal.WINCH, signal -> resized.set(true));
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.writer().write("\u001b[?2004h"); // bracketed paste: a paste arrives as one piece
        try {
            display = new Display(terminal, true);
            resize();
            return loop(new EditorKeys(terminal.reader()));
        } finally {
            terminal.writer().write("\u001b[?2004l");
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.handle(Terminal.Signal.WINCH, previousWinch);
            terminal.setAttributes(saved);
        }
    }

    private Outcome loop(EditorKeys keys) throws IOException {
        while (true) {
            draw(textLines());
            EditorKeys.Press press = keys.next(POLL_MILLIS);
            while (press == null) {
                if (resized.getAndSet(false)) {
                    resize();
                    draw(textLines());
                }
                press = keys.next(POLL_MILLIS);
            }
            status = "";
            switch (press.key()) {
                case TEXT -> buffer.insert(press.text());
                case ENTER -> buffer.newline();
                case TAB -> buffer.insert(Columns.spaces(TAB - buffer.screenColumn() % TAB));
                case BACKSPACE -> buffer.backspace();
                case DELETE -> buffer.delete();
                case UP -> buffer.up(1);
                case DOWN -> buffer.down(1);
                case LEFT -> buffer.left();
                case RIGHT -> buffer.right();
                case HOME -> buffer.home();
                case END -> buffer.end();
                case PAGE_UP -> buffer.up(Math.max(1, bodyRows() - 1));
                case PAGE_DOWN -> buffer.down(Math.max(1, bodyRows() - 1));
                case FILE_START -> buffer.firstLine();
                case FILE_END -> buffer.lastLine();
                case CUT -> buffer.cutLine();
                case PASTE -> buffer.paste();
                case SAVE -> save();
                case HELP -> help(keys);
                case REDRAW -> {
                    display.clear();
                    resize();
                }
                case EXIT, END_OF_INPUT -> {
                    Optional<Outcome> done = leave(keys, press.key() == EditorKeys.Key.END_OF_INPUT);
                    if (done.isPresent()) {
                        return done.get();
                    }
                }
                default -> {
                    // CANCEL and unknown keys do nothing here; they never become text
                }
            }
        }
    }

    private void save() {
        Optional<String> error = saver.save(buffer.text());
        if (error.isPresent()) {
            status = error.get();
            return;
        }
        buffer.saved();
        savedOnce = true;
        status = messages.get("editor.saved", title);
    }

    /** Ctrl-X: leave, after asking whether to save when there are changes. */
    private Optional<Outcome> leave(EditorKeys keys, boolean inputEnded) throws IOException {
        if (!buffer.modified()) {
            return Optional.of(savedOnce ? Outcome.SAVED : Outcome.UNCHANGED);
        }
        if (inputEnded) {
            return Optional.of(Outcome.DISCARDED); // nobody is there to answer: nothing is written
        }
        status = messages.get("editor.saveChanges", title);
        while (true) {
            draw(textLines());
            EditorKeys.Press answer = keys.next(POLL_MILLIS);
            if (answer == null) {
                continue;
            }
            String text = answer.text().toLowerCase(java.util.Locale.ROOT);
            if (text.equals("y") || answer.key() == EditorKeys.Key.SAVE) {
                save();
                return buffer.modified() ? Optional.empty() : Optional.of(Outcome.SAVED);
            }
            if (text.equals("n")) {
                return Optional.of(savedOnce ? Outcome.SAVED : Outcome.DISCARDED);
            }
            if (answer.key() == EditorKeys.Key.CANCEL || answer.key() == EditorKeys.Key.END_OF_INPUT) {
                status = "";
                return Optional.empty();
            }
        }
    }

    /** Ctrl-G: the keys, in the learner's language, until any key is pressed. */
    private void help(EditorKeys keys) throws IOException {
        List<AttributedString> lines = new ArrayList<>();
        for (String paragraph : messages.get("editor.help").split("\n", -1)) {
            for (String line : TextFit.lines(paragraph, columns)) {
                lines.add(new AttributedString(line));
            }
        }
        status = messages.get("editor.helpClose");
        EditorKeys.Press press = null;
        while (press == null) {
            draw(lines);
            press = keys.next(POLL_MILLIS);
        }
        status = "";
    }

    private void resize() {
        rows = Math.max(4, terminal.getHeight());
        columns = Math.max(10, terminal.getWidth());
        display.resize(rows, columns);
    }

    private int bodyRows() {
        return Math.max(1, rows - 1 - footer().size());
    }

    /** The file's lines for the body, scrolled so the cursor's line shows. */
    private List<AttributedString> textLines() {
        int body = bodyRows();
        if (buffer.row() < firstShown) {
            firstShown = buffer.row();
        } else if (buffer.row() >= firstShown + body) {
            firstShown = buffer.row() - body + 1;
        }
        List<AttributedString> lines = new ArrayList<>();
        for (int i = firstShown; i < Math.min(buffer.lineCount(), firstShown + body); i++) {
            lines.add(EditorLine.show(buffer.line(i), i == buffer.row() ? offset() : 0, columns));
        }
        return lines;
    }

    /** How far the cursor's line is scrolled to the left so the cursor stays on screen. */
    private int offset() {
        int cursor = buffer.screenColumn();
        int room = columns - 2; // a column for the marks at each edge
        return cursor < room ? 0 : cursor - room + 1;
    }

    private void draw(List<AttributedString> body) {
        List<AttributedString> screen = new ArrayList<>();
        screen.add(header());
        int bodyRows = bodyRows();
        for (int i = 0; i < bodyRows; i++) {
            screen.add(i < body.size() ? body.get(i) : AttributedString.EMPTY);
        }
        screen.addAll(footer());
        int cursorRow = 1 + buffer.row() - firstShown;
        int cursorColumn = buffer.screenColumn() - offset() + (offset() > 0 ? 1 : 0);
        display.update(screen, cursorRow * (columns + 1) + Math.min(cursorColumn, columns - 1));
    }

    private AttributedString header() {
        String text = " " + title + (buffer.modified() ? "  " + messages.get("editor.modified") : "");
        return inverse(Columns.padRight(Columns.ellipsize(text, columns), columns));
    }

    /** The status line, then the keys, each as many lines as the width needs. */
    private List<AttributedString> footer() {
        List<AttributedString> footer = new ArrayList<>();
        for (String line : TextFit.lines(status, columns)) {
            footer.add(line.isEmpty() ? AttributedString.EMPTY : inverse(line));
        }
        for (String line : EditorLine.keys(messages.get("editor.keys"), columns)) {
            footer.add(new AttributedString(line));
        }
        return footer;
    }

    private static AttributedString inverse(String text) {
        return new AttributedStringBuilder().style(AttributedStyle.INVERSE).append(text).toAttributedString();
    }
}
