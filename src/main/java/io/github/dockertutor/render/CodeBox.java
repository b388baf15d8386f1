package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A block of text the learner reads but does not type (a program's output, a diagram), drawn in a
 * box with its language in the top border. Its lines are never wrapped, since a wrapped line of a
 * table or a drawing no longer lines up: a line too long for the box is cut and ends in a visible
 * mark. The box is as wide as its longest line, never wider than the width. Code the learner types
 * is drawn by {@link TypedCode} instead.
 */
final class CodeBox {
    private static final int TAB_STOP = 4;
    /** Below this there is no room for borders: the code is shown bare, still cut to the width. */
    private static final int MIN_BOX_WIDTH = 6;
    /** Columns the borders take: "| " before a line and " |" after it. */
    static final int BORDERS = 4;

    private final Theme theme;

    CodeBox(Theme theme) {
        this.theme = theme;
    }

    List<AttributedString> render(String literal, String info, int width) {
        List<String> code = lines(literal);
        String label = language(info);
        if (width < MIN_BOX_WIDTH) {
            List<AttributedString> bare = new ArrayList<>();
            for (String line : code) {
                bare.add(fit(line, Math.max(1, width)));
            }
            return bare;
        }
        int longest = 0;
        for (String line : code) {
            longest = Math.max(longest, Columns.of(line));
        }
        int labelCols = label.isEmpty() ? 0 : Columns.of(label) + 6;
        int boxWidth = Math.min(width, Math.max(Math.max(longest + BORDERS, labelCols), MIN_BOX_WIDTH));
        int inner = boxWidth - BORDERS;
        Theme.Glyphs g = theme.glyphs;
        List<AttributedString> box = new ArrayList<>();
        box.add(top(label, boxWidth));
        for (String line : code) {
            AttributedStringBuilder row = new AttributedStringBuilder();
            row.append(g.vertical + " ", theme.border());
            row.append(Columns.padRight(fit(line, inner), inner));
            row.append(" " + g.vertical, theme.border());
            box.add(row.toAttributedString());
        }
        box.add(new AttributedString(g.bottomLeft + Columns.repeat(g.horizontal, boxWidth - 2) + g.bottomRight,
                theme.border()));
        return box;
    }

    private AttributedString top(String label, int boxWidth) {
        Theme.Glyphs g = theme.glyphs;
        AttributedStringBuilder top = new AttributedStringBuilder();
        top.append(g.topLeft, theme.border());
        int room = boxWidth - 6; // corner, "─ " before the label, " " after it, at least one "─", corner
        if (label.isEmpty() || room < 1) {
            top.append(Columns.repeat(g.horizontal, boxWidth - 2), theme.border());
        } else {
            AttributedString shown = Columns.of(label) <= room ? new AttributedString(label)
                    : Columns.cut(new AttributedString(label), room);
            top.append(g.horizontal + " ", theme.border());
            top.append(shown.toString(), theme.marker());
            top.append(" " + Columns.repeat(g.horizontal, boxWidth - 5 - Columns.of(shown)), theme.border());
        }
        top.append(g.topRight, theme.border());
        return top.toAttributedString();
    }

    /** The line as it fits in the columns: whole, or cut with the continuation mark at the edge. */
    private AttributedString fit(String line, int columns) {
        return cut(theme, line, columns);
    }

    /** The line in the code style, cut with the continuation mark at the edge when too wide. */
    static AttributedString cut(Theme theme, String line, int columns) {
        AttributedString text = new AttributedString(line, theme.code());
        if (Columns.of(line) <= columns) {
            return text;
        }
        String mark = theme.glyphs.continuation;
        AttributedString cut = Columns.cut(text, Math.max(0, columns - Columns.of(mark)));
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.append(Columns.padRight(cut, columns - Columns.of(mark)));
        out.append(mark, theme.marker());
        return out.toAttributedString();
    }

    /** The block's lines as shown: tabs expanded, control characters made visible. */
    static List<String> lines(String literal) {
        String text = literal == null ? "" : literal;
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        for (String line : text.split("\n", -1)) {
            lines.add(Columns.printable(expandTabs(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line)));
        }
        return lines;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (cp == '\t') {
                int spaces = TAB_STOP - col % TAB_STOP;
                out.append(" ".repeat(spaces));
                col += spaces;
            } else {
                out.appendCodePoint(cp);
                col += Columns.of(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The language named in a fence's info string: its first word. */
    static String language(String info) {
        if (info == null || info.isBlank()) {
            return "";
        }
        return Columns.printable(info.trim().split("\\s+", 2)[0]);
    }
}
