package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A GFM table with borders, its columns sized in terminal columns so Chinese cells line up. A table
 * too wide for the width wraps text inside its cells; one too wide even for that is shown as
 * records, one "header: value" line per cell.
 */
final class TableRenderer {
    private final Theme theme;
    private final RenderOptions options;

    TableRenderer(Theme theme, RenderOptions options) {
        this.theme = theme;
        this.options = options;
    }

    List<AttributedString> render(TableBlock table, int width) {
        List<Row> rows = rows(table);
        if (rows.isEmpty()) {
            return List.of();
        }
        int columns = 0;
        for (Row row : rows) {
            columns = Math.max(columns, row.cells.size());
        }
        int[] natural = new int[columns];
        int[] longestWord = new int[columns];
        for (Row row : rows) {
            for (int c = 0; c < row.cells.size(); c++) {
                for (AttributedString line : LineWrapper.wrap(row.cells.get(c), Integer.MAX_VALUE)) {
                    natural[c] = Math.max(natural[c], Columns.of(line));
                }
                longestWord[c] = Math.max(longestWord[c], LineWrapper.longestUnbreakable(row.cells.get(c)));
            }
        }
        int[] widths = ColumnWidths.fit(natural, longestWord, width - (3 * columns + 1));
        if (widths == null) {
            return asRecords(rows, width);
        }
        List<AttributedString> out = new ArrayList<>();
        Theme.Glyphs g = theme.glyphs;
        out.add(rule(widths, g.topLeft, g.teeDown, g.topRight, g.horizontal));
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            out.addAll(cells(row, widths));
            boolean headerEnds = row.header && (r + 1 < rows.size()) && !rows.get(r + 1).header;
            if (headerEnds) {
                out.add(rule(widths, g.teeRight, g.cross, g.teeLeft, g.headerRule));
            }
        }
        out.add(rule(widths, g.bottomLeft, g.teeUp, g.bottomRight, g.horizontal));
        return out;
    }

    private List<AttributedString> cells(Row row, int[] widths) {
        List<List<AttributedString>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            AttributedString cell = c < row.cells.size() ? row.cells.get(c) : AttributedString.EMPTY;
            List<AttributedString> lines = Hyperlinks.balance(LineWrapper.wrap(cell, widths[c]));
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<AttributedString> out = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            AttributedStringBuilder text = new AttributedStringBuilder();
            for (int c = 0; c < widths.length; c++) {
                text.append(c == 0 ? theme.glyphs.vertical + " " : " " + theme.glyphs.vertical + " ", theme.border());
                List<AttributedString> lines = wrapped.get(c);
                AttributedString part = line < lines.size() ? lines.get(line) : AttributedString.EMPTY;
                text.append(align(part, widths[c], c < row.alignments.size() ? row.alignments.get(c) : null));
            }
            text.append(" " + theme.glyphs.vertical, theme.border());
            out.add(text.toAttributedString());
        }
        return out;
    }

    private static AttributedString align(AttributedString text, int width, TableCell.Alignment alignment) {
        int missing = Math.max(0, width - Columns.of(text));
        int left = alignment == TableCell.Alignment.RIGHT ? missing
                : alignment == TableCell.Alignment.CENTER ? missing / 2 : 0;
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.append(" ".repeat(left));
        out.append(text);
        out.append(" ".repeat(missing - left));
        return out.toAttributedString();
    }

    private AttributedString rule(int[] widths, String left, String middle, String right, String fill) {
        StringBuilder rule = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : middle).append(Columns.repeat(fill, widths[c] + 2));
        }
        rule.append(right);
        return new AttributedString(rule, theme.border());
    }

    /** The fallback for a very narrow screen: each row as lines of "header: value". */
    private List<AttributedString> asRecords(List<Row> rows, int width) {
        Row header = rows.get(0).header ? rows.get(0) : null;
        List<AttributedString> out = new ArrayList<>();
        for (Row row : rows) {
            if (row == header) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new AttributedString(Columns.repeat(theme.glyphs.horizontal, Math.max(1, width)),
                        theme.border()));
            }
            for (int c = 0; c < row.cells.size(); c++) {
                AttributedStringBuilder line = new AttributedStringBuilder();
                if (header != null && c < header.cells.size() && Columns.of(header.cells.get(c)) > 0) {
                    line.append(header.cells.get(c));
                    line.append(": ");
                }
                line.append(row.cells.get(c));
                out.addAll(Hyperlinks.balance(LineWrapper.wrap(line.toAttributedString(), width)));
            }
        }
        if (out.isEmpty() && header != null) {
            for (AttributedString name : header.cells) {
                out.addAll(Hyperlinks.balance(LineWrapper.wrap(name, width)));
            }
        }
        return out;
    }

    private List<Row> rows(TableBlock table) {
        List<Row> rows = new ArrayList<>();
        collectRows(table, rows);
        return rows;
    }

    private void collectRows(Node parent, List<Row> rows) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                rows.add(row((TableRow) child));
            } else {
                collectRows(child, rows);
            }
        }
    }

    private Row row(TableRow tableRow) {
        Row row = new Row();
        for (Node child = tableRow.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell) {
                TableCell cell = (TableCell) child;
                row.header |= cell.isHeader();
                AttributedStyle style = cell.isHeader() ? theme.tableHeader() : AttributedStyle.DEFAULT;
                row.cells.add(InlineRenderer.render(cell, theme, options, style));
                row.alignments.add(cell.getAlignment());
            }
        }
        return row;
    }

    private static final class Row {
        final List<AttributedString> cells = new ArrayList<>();
        final List<TableCell.Alignment> alignments = new ArrayList<>();
        boolean header;
    }
}
