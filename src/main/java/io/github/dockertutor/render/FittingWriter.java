package io.github.dockertutor.render;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import org.jline.utils.AttributedString;

/**
 * The last guard before the screen: every whole line written through it is at most as wide as the
 * terminal, measured in columns when it is written (the window may have been resized). A line that
 * fits passes untouched, escape sequences and all; a wider one is fitted by {@link TextFit},
 * between words and under its own indent, so no command of the tutor's ever leaves a line for the
 * terminal to split in the middle of a word. Text after the last line end waits for the next one.
 */
public final class FittingWriter extends Writer {
    /** CSI (colours, cursor) and OSC (hyperlinks, titles) sequences: they take no column. */
    private static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)");

    private final Writer target;
    private final IntSupplier width;
    private final StringBuilder pending = new StringBuilder();

    public FittingWriter(Writer target, IntSupplier width) {
        this.target = target;
        this.width = width;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit(pending.toString());
                pending.setLength(0);
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (pending.length() > 0) {
            emit(pending.toString());
            pending.setLength(0);
        }
        target.close();
    }

    private void emit(String line) throws IOException {
        int columns = width.getAsInt();
        boolean styled = line.indexOf('\u001b') >= 0;
        String plain = styled ? ESCAPES.matcher(line).replaceAll("") : line;
        if (Columns.of(plain) <= columns) {
            target.write(line);
            target.write('\n');
            return;
        }
        // too wide: its styles are dropped rather than risk cutting an escape sequence in two
        String text = styled ? AttributedString.fromAnsi(line).toString() : line;
        for (String piece : TextFit.lines(text, columns)) {
            target.write(piece);
            target.write('\n');
        }
    }

    /** The columns a line written through this writer takes on the screen. */
    static int visibleColumns(String line) {
        return Columns.of(ESCAPES.matcher(line).replaceAll(""));
    }
}
