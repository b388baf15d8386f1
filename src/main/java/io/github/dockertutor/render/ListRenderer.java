package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.jline.utils.AttributedString;

/** Bullet and numbered lists with hanging indents: wrapped lines start under the item's text. */
final class ListRenderer {
    private final Theme theme;
    private final BlockRenderer blocks;

    ListRenderer(Theme theme, BlockRenderer blocks) {
        this.theme = theme;
        this.blocks = blocks;
    }

    List<AttributedString> render(ListBlock list, int width) {
        List<String> markers = markers(list);
        int markerCols = 0;
        for (String marker : markers) {
            markerCols = Math.max(markerCols, Columns.of(marker));
        }
        boolean indent = width - markerCols >= Indent.MIN_CONTENT;
        int contentWidth = indent ? width - markerCols : width;
        List<AttributedString> out = new ArrayList<>();
        int index = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            if (index > 0 && !list.isTight()) {
                out.add(AttributedString.EMPTY);
            }
            String marker = markers.get(index++);
            // numbers are right-aligned so the text of items 9 and 10 starts in the same column
            String padded = " ".repeat(markerCols - Columns.of(marker)) + marker;
            List<AttributedString> content = blocks.renderChildren(item, contentWidth, list.isTight());
            AttributedString first = new AttributedString(padded, theme.marker());
            if (content.isEmpty()) {
                out.add(Indent.trimEnd(first));
            } else if (indent) {
                out.addAll(Indent.prefix(content, first, new AttributedString(" ".repeat(markerCols)), false));
            } else {
                out.add(Indent.trimEnd(first));
                out.addAll(content);
            }
        }
        return out;
    }

    private List<String> markers(ListBlock list) {
        List<String> markers = new ArrayList<>();
        int depth = bulletDepth(list);
        long number = 1;
        String delimiter = ".";
        if (list instanceof OrderedList) {
            OrderedList ordered = (OrderedList) list;
            Integer start = ordered.getMarkerStartNumber();
            number = start == null ? 1 : start;
            if (ordered.getMarkerDelimiter() != null) {
                delimiter = ordered.getMarkerDelimiter();
            }
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (list instanceof BulletList) {
                markers.add(theme.glyphs.bullet(depth) + " ");
            } else {
                markers.add(number++ + delimiter + " ");
            }
        }
        return markers;
    }

    /** How many bullet lists this one is nested in, to vary the bullet. */
    private static int bulletDepth(ListBlock list) {
        int depth = 0;
        for (Node parent = list.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof BulletList) {
                depth++;
            }
        }
        return depth;
    }
}
