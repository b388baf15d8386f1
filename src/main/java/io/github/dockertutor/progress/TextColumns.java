package io.github.dockertutor.progress;

import io.github.dockertutor.render.Columns;
import org.jline.utils.WCWidth;

/** Measures, pads and cuts plain text in terminal columns (CJK = 2), never in chars. */
final class TextColumns {
    private TextColumns() {
    }

    static int width(String text) {
        return Columns.of(text);
    }

    static String padRight(String text, int columns) {
        return Columns.padRight(text, columns);
    }

    static String padLeft(String text, int columns) {
        return Columns.padLeft(text, columns);
    }

    /** The text if it fits, else its longest prefix that fits with "..." after it (ASCII, one column each everywhere). */
    static String cut(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        String mark = "...";
        int room = columns - mark.length();
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int w = Math.max(0, WCWidth.wcwidth(codePoint));
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(codePoint);
        }
        return room <= 0 ? mark.substring(0, Math.max(0, columns)) : text.substring(0, end) + mark;
    }
}
