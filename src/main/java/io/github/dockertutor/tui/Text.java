package io.github.dockertutor.tui;

import io.github.dockertutor.render.Columns;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Measuring, cutting and cleaning text in terminal columns (CJK = 2), never in chars. */
public final class Text {
    static final String ELLIPSIS = "…";

    private Text() {
    }

    static int columns(CharSequence text) {
        return Columns.of(text);
    }

    static int columns(AttributedString text) {
        return text.columnLength();
    }

    /** The text cut to at most {@code max} columns, ending in "…" when something was cut. */
    public static AttributedString ellipsize(AttributedString text, int max) {
        if (text.columnLength() <= max) {
            return text;
        }
        if (max <= 1) {
            return text.columnSubSequence(0, Math.max(0, max));
        }
        AttributedString kept = text.columnSubSequence(0, max - 1);
        // columnSubSequence may stop before a CJK character that would straddle the edge; that is fine
        return new AttributedStringBuilder().append(kept).append(ELLIPSIS).toAttributedString();
    }

    public static String ellipsize(String text, int max) {
        return ellipsize(new AttributedString(text), max).toString();
    }

    /** Text from the engine as it may be shown: no control character can move the cursor. */
    public static String printable(String text) {
        return Columns.printable(text);
    }

    static String spaces(int count) {
        return count <= 0 ? "" : " ".repeat(count);
    }
}
