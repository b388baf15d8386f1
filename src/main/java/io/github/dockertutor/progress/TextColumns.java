package io.github.dockertutor.progress;

import org.jline.utils.WCWidth;

/** Measures, pads and cuts plain text in terminal columns (CJK = 2), never in chars. */
final class TextColumns {
    private TextColumns() {
    }

    static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(codePoint)); // control characters: 0, not -1
            i += Character.charCount(codePoint);
        }
        return columns;
    }

    static String padRight(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - width(text))) + text;
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
