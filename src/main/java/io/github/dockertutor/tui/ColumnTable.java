package io.github.dockertutor.tui;

import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Rows of cells aligned in columns measured in terminal columns, so Chinese text (two columns a
 * character) lines up. Laid out like Go's text/tabwriter in the docker command: every column but
 * the last is as wide as its widest cell plus the padding, and never narrower than a minimum.
 * The first row is usually the header; style it by passing {@link AttributedString} cells.
 */
public final class ColumnTable {
    private final int padding;
    private final int minWidth;
    private final List<AttributedString[]> rows = new ArrayList<>();
    private int maxWidth = Integer.MAX_VALUE;

    /**
     * @param padding  spaces after the widest cell of a column
     * @param minWidth the narrowest a column may be, padding included
     */
    public ColumnTable(int padding, int minWidth) {
        this.padding = Math.max(0, padding);
        this.minWidth = Math.max(0, minWidth);
    }

    /** The docker command's tables: 3 spaces of padding, columns at least 10 wide. */
    public static ColumnTable dockerStyle() {
        return new ColumnTable(3, 10);
    }

    /** Columns just far enough apart: the widest cell plus {@code gap} spaces, for the tutor's own lists. */
    public static ColumnTable withGap(int gap) {
        return new ColumnTable(gap, 0);
    }

    public ColumnTable row(String... cells) {
        AttributedString[] row = new AttributedString[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = new AttributedString(Columns.printable(cells[i]));
        }
        rows.add(row);
        return this;
    }

    public ColumnTable row(List<String> cells) {
        return row(cells.toArray(new String[0]));
    }

    public ColumnTable row(AttributedString... cells) {
        rows.add(Arrays.copyOf(cells, cells.length));
        return this;
    }

    /**
     * Keeps lines within {@code width} columns by cutting the last column's text with "…" (the
     * column a long title lives in). When even that leaves under 4 columns the line is left long.
     */
    public ColumnTable fitTo(int width) {
        this.maxWidth = width;
        return this;
    }

    /** The lines, with styles; no trailing spaces. */
    public List<AttributedString> render() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (AttributedString[] row : rows) {
            for (int c = 0; c < row.length - 1; c++) {
                widths[c] = Math.max(widths[c], Math.max(minWidth, Columns.of(row[c]) + padding));
            }
        }
        // a cell that ends its row is not padded, but in a column that others continue it is still aligned
        for (AttributedString[] row : rows) {
            int last = row.length - 1;
            if (last >= 0 && last < columns - 1) {
                widths[last] = Math.max(widths[last], Math.max(minWidth, Columns.of(row[last]) + padding));
            }
        }
        List<AttributedString> lines = new ArrayList<>(rows.size());
        for (AttributedString[] row : rows) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            int used = 0;
            for (int c = 0; c < row.length; c++) {
                AttributedString cell = row[c];
                if (c == row.length - 1) {
                    int room = maxWidth - used;
                    if (Columns.of(cell) > room && room >= 4) {
                        cell = Columns.ellipsize(cell, room);
                    }
                    line.append(cell);
                } else {
                    line.append(cell);
                    line.append(Columns.spaces(widths[c] - Columns.of(cell)));
                    used += widths[c];
                }
            }
            lines.add(trimEnd(line.toAttributedString()));
        }
        return lines;
    }

    /** The lines as plain text. */
    public List<String> lines() {
        List<String> plain = new ArrayList<>();
        for (AttributedString line : render()) {
            plain.add(line.toString());
        }
        return plain;
    }

    public void printTo(Screen screen) {
        for (AttributedString line : render()) {
            screen.println(line);
        }
        screen.flush();
    }

    private static AttributedString trimEnd(AttributedString line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return end == line.length() ? line : line.subSequence(0, end);
    }
}
