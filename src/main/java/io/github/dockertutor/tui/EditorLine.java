package io.github.dockertutor.tui;

import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** How the editor lays out a line of the file, and its list of keys, in the screen's columns. */
final class EditorLine {
    /** Marks a line that goes on past the edge of the screen, at that edge (nano's mark). */
    static final char MORE = '$';

    private EditorLine() {
    }

    /**
     * A line of the file as shown: tabs as spaces to the next stop, the part from screen column
     * {@code offset} on, with the mark at an edge past which it goes on. Never wider than the screen.
     */
    static AttributedString show(String line, int offset, int columns) {
        List<String> glyphs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            String glyph = cp == '\t' ? Columns.spaces(TextEditor.TAB - total % TextEditor.TAB)
                    : cp < 0x20 || cp == 0x7f ? "?" : new String(Character.toChars(cp));
            glyphs.add(glyph);
            starts.add(total);
            total += Columns.of(glyph);
        }
        int room = columns - (offset > 0 ? 1 : 0);
        boolean more = total - offset > room;
        int limit = more ? room - 1 : room;
        StringBuilder cells = new StringBuilder();
        int column = 0;
        for (int g = 0; g < glyphs.size(); g++) {
            int start = starts.get(g);
            int end = start + Columns.of(glyphs.get(g));
            if (end <= offset) {
                continue;
            }
            // a wide character cut by the left edge shows its visible half as a space
            String shown = start < offset ? Columns.spaces(end - offset) : glyphs.get(g);
            if (column + Columns.of(shown) > limit) {
                break;
            }
            cells.append(shown);
            column += Columns.of(shown);
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (offset > 0) {
            out.append(String.valueOf(MORE), AttributedStyle.INVERSE);
        }
        out.append(cells.toString());
        if (more) {
            out.append(Columns.spaces(limit - column));
            out.append(String.valueOf(MORE), AttributedStyle.INVERSE);
        }
        return out.toAttributedString();
    }

    /** The keys' labels ({@code "^O Save|^X Exit|…"}) in as many lines as the width needs, none split. */
    static List<String> keys(String labels, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String label : labels.split("\\|")) {
            String item = Columns.ellipsize(label.strip(), columns);
            if (line.length() > 0 && Columns.of(line) + 2 + Columns.of(item) > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(item);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
