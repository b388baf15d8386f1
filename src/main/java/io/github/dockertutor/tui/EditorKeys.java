package io.github.dockertutor.tui;

import java.io.IOException;
import org.jline.utils.NonBlockingReader;

/**
 * Reads the built-in editor's keys from the terminal: nano's control keys, and escape sequences
 * read whole, so a key the editor does not know (Ctrl-End in one terminal, F5 in another) is
 * skipped entirely and never ends up in the file as {@code [1;5F}. A paste bracketed by the
 * terminal arrives as one piece of text.
 */
final class EditorKeys {
    /** How long the rest of an escape sequence may take to arrive before ESC counts as a key alone. */
    private static final long SEQUENCE_MILLIS = 50;
    /** Longer than any escape sequence a terminal sends: past this, it is garbage to skip. */
    private static final int MAX_SEQUENCE = 32;
    private static final String PASTE_END = "\u001b[201~";

    /** What a key press means to the editor. */
    enum Key {
        TEXT, ENTER, TAB, BACKSPACE, DELETE, UP, DOWN, LEFT, RIGHT, HOME, END, PAGE_UP, PAGE_DOWN,
        FILE_START, FILE_END, SAVE, EXIT, CUT, PASTE, HELP, CANCEL, REDRAW, IGNORED, END_OF_INPUT
    }

    /** A key, and for {@link Key#TEXT} the text it types (one character, or a whole paste). */
    record Press(Key key, String text) {
        static Press of(Key key) {
            return new Press(key, "");
        }
    }

    private final NonBlockingReader reader;

    EditorKeys(NonBlockingReader reader) {
        this.reader = reader;
    }

    /** The next key, or null when none came within {@code timeoutMillis}. */
    Press next(long timeoutMillis) throws IOException {
        int c = reader.read(timeoutMillis);
        if (c == NonBlockingReader.READ_EXPIRED) {
            return null;
        }
        if (c < 0) {
            return Press.of(Key.END_OF_INPUT);
        }
        return decode(c);
    }

    private Press decode(int c) throws IOException {
        switch (c) {
            case 0x1b:
                return escape();
            case '\r', '\n':
                return Press.of(Key.ENTER);
            case '\t':
                return Press.of(Key.TAB);
            case 0x7f, 0x08:
                return Press.of(Key.BACKSPACE);
            case 0x0f, 0x13: // ^O as in nano, ^S as everywhere else
                return Press.of(Key.SAVE);
            case 0x18:
                return Press.of(Key.EXIT);
            case 0x0b:
                return Press.of(Key.CUT);
            case 0x15:
                return Press.of(Key.PASTE);
            case 0x07:
                return Press.of(Key.HELP);
            case 0x03:
                return Press.of(Key.CANCEL);
            case 0x0c:
                return Press.of(Key.REDRAW);
            case 0x01:
                return Press.of(Key.HOME);
            case 0x05:
                return Press.of(Key.END);
            case 0x04:
                return Press.of(Key.DELETE);
            case 0x19:
                return Press.of(Key.PAGE_UP);
            case 0x16:
                return Press.of(Key.PAGE_DOWN);
            case 0x10:
                return Press.of(Key.UP);
            case 0x0e:
                return Press.of(Key.DOWN);
            case 0x02:
                return Press.of(Key.LEFT);
            case 0x06:
                return Press.of(Key.RIGHT);
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x80 && c < 0xa0)) {
            return Press.of(Key.IGNORED);
        }
        if (Character.isHighSurrogate((char) c)) {
            int low = reader.read(SEQUENCE_MILLIS);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                return new Press(Key.TEXT, new String(new char[] {(char) c, (char) low}));
            }
            return Press.of(Key.IGNORED);
        }
        return new Press(Key.TEXT, String.valueOf((char) c));
    }

    private Press escape() throws IOException {
        int next = reader.read(SEQUENCE_MILLIS);
        if (next == '[') {
            return csi();
        }
        if (next == 'O') {
            int last = reader.read(SEQUENCE_MILLIS);
            return arrowOrHome(last, false);
        }
        // ESC alone, or Alt with a key: nothing the editor does
        return Press.of(next == NonBlockingReader.READ_EXPIRED ? Key.CANCEL : Key.IGNORED);
    }

    /** A control sequence: parameters, then one final character; read whole whatever it is. */
    private Press csi() throws IOException {
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < MAX_SEQUENCE; i++) {
            int c = reader.read(SEQUENCE_MILLIS);
            if (c < 0) {
                return Press.of(Key.IGNORED);
            }
            if (c >= 0x20 && c <= 0x3f) {
                parameters.append((char) c);
                continue;
            }
            if (c >= 0x40 && c <= 0x7e) {
                return meaning(parameters.toString(), (char) c);
            }
            return Press.of(Key.IGNORED);
        }
        return Press.of(Key.IGNORED);
    }

    private Press meaning(String parameters, char last) throws IOException {
        boolean control = parameters.endsWith(";5");
        if (last != '~') {
            return arrowOrHome(last, control);
        }
        String first = parameters.split(";", -1)[0];
        switch (first) {
            case "1", "7":
                return Press.of(control ? Key.FILE_START : Key.HOME);
            case "4", "8":
                return Press.of(control ? Key.FILE_END : Key.END);
            case "3":
                return Press.of(Key.DELETE);
            case "5":
                return Press.of(Key.PAGE_UP);
            case "6":
                return Press.of(Key.PAGE_DOWN);
            case "200":
                return new Press(Key.TEXT, pasted());
            default:
                return Press.of(Key.IGNORED);
        }
    }

    private static Press arrowOrHome(int last, boolean control) {
        switch (last) {
            case 'A':
                return Press.of(Key.UP);
            case 'B':
                return Press.of(Key.DOWN);
            case 'C':
                return Press.of(Key.RIGHT);
            case 'D':
                return Press.of(Key.LEFT);
            case 'H':
                return Press.of(control ? Key.FILE_START : Key.HOME);
            case 'F':
                return Press.of(control ? Key.FILE_END : Key.END);
            default:
                return Press.of(Key.IGNORED);
        }
    }

    /** A bracketed paste: everything up to the terminal's end mark, as typed text. */
    private String pasted() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = reader.read(1000);
            if (c < 0) {
                return text.toString();
            }
            text.append((char) c);
            if (text.length() >= PASTE_END.length() && text.lastIndexOf(PASTE_END) == text.length() - PASTE_END.length()) {
                return text.substring(0, text.length() - PASTE_END.length());
            }
        }
    }
}
