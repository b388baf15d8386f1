package io.github.dockertutor.render;

import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.WCWidth;

/**
 * Measures and pads text in terminal columns (CJK = 2), never in chars. The one place the tutor
 * does so: the renderer, the docker views and the progress table all measure through it.
 */
public final class Columns {
    private Columns() {
    }

    /** Columns one code point takes; control characters count as zero rather than WCWidth's -1. */
    public static int of(int codePoint) {
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    public static int of(CharSequence text) {
        int cols = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            cols += of(cp);
            i += Character.charCount(cp);
        }
        return cols;
    }

    /** Columns of a styled range; hidden characters (escape sequences such as OSC 8) take none. */
    static int of(AttributedCharSequence text, int from, int to) {
        int cols = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!text.isHidden(i)) {
                cols += of(cp);
            }
            i += Character.charCount(cp);
        }
        return cols;
    }

    static int of(AttributedCharSequence text) {
        return of(text, 0, text.length());
    }

    /** The one mark for text cut short, as the docker CLI prints it. */
    public static final String ELLIPSIS = "\u2026";

    /** The text cut to at most {@code max} columns, ending in the ellipsis when something was cut. */
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

    /** Plain text cut to at most {@code max} columns, ending in the ellipsis when something was cut. */
    public static String ellipsize(String text, int max) {
        return ellipsize(new AttributedString(text), max).toString();
    }

    /** {@code count} spaces, none for a count below one. */
    public static String spaces(int count) {
        return count <= 0 ? "" : " ".repeat(count);
    }

    static String repeat(String unit, int times) {
        return times <= 0 ? "" : unit.repeat(times);
    }

    /** Plain text followed by spaces up to the given columns. */
    public static String padRight(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    /** Plain text after spaces up to the given columns (numbers in a table). */
    public static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - of(text))) + text;
    }

    /** The text followed by spaces up to the given columns. */
    static AttributedString padRight(AttributedString text, int columns) {
        int missing = columns - of(text);
        if (missing <= 0) {
            return text;
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.append(text);
        out.append(repeat(" ", missing), AttributedStyle.DEFAULT);
        return out.toAttributedString();
    }

    /** The longest prefix of the text that fits in the columns, never splitting a character. */
    static AttributedString cut(AttributedString text, int columns) {
        int cols = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = text.isHidden(i) ? 0 : of(cp);
            if (cols + w > columns) {
                break;
            }
            cols += w;
            i += Character.charCount(cp);
        }
        return text.subSequence(0, i);
    }

    /**
     * Text from data (a file, a pack, a report, a typed line) as it may be shown on a terminal:
     * tabs and line ends become spaces; other control characters, which could move the cursor,
     * clear the screen or retitle the window, are shown escaped ({@code \x1B}); and so are the
     * characters that reorder what follows them (bidi overrides, isolates, line separators), so
     * the learner sees text in the order it really is.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\t' || c == '\n' || c == '\r') {
                replacement = " ";
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                replacement = String.format("\\x%02X", (int) c);
            } else if (reorders(c)) {
                replacement = String.format("\\u%04X", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8);
                out.append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The invisible characters that change the order or the lines in which the text after them is shown. */
    private static boolean reorders(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }
}
