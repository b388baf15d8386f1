package io.github.dockertutor.shell.view;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.WCWidth;

/** Measuring, cutting and cleaning text in terminal columns (CJK = 2), never in chars. */
final class Text {
    static final String ELLIPSIS = "…";

    private Text() {
    }

    static int columns(CharSequence text) {
        int cols = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            cols += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return cols;
    }

    static int columns(AttributedString text) {
        return text.columnLength();
    }

    /** The text cut to at most {@code max} columns, ending in "…" when something was cut. */
    static AttributedString ellipsize(AttributedString text, int max) {
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

    static String ellipsize(String text, int max) {
        return ellipsize(new AttributedString(text), max).toString();
    }

    /**
     * Text from the engine as it may be shown: tabs and line ends become spaces, other control
     * characters (an ESC from a build step's colored output, say) a replacement mark, so no input
     * can move the cursor or start an escape sequence.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = c;
            if (c == '\t' || c == '\n' || c == '\r') {
                replacement = ' ';
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                replacement = '\uFFFD';
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    static String spaces(int count) {
        return count <= 0 ? "" : " ".repeat(count);
    }
}
