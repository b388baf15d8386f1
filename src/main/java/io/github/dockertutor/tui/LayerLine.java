package io.github.dockertutor.tui;

import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.render.Columns;
import org.jline.utils.AttributedString;

/**
 * One layer's line in a pull, in the docker command's words and bar:
 * {@code a1b2c3d4e5f6: Downloading [=====>      ]  1.224MB/2.155MB}. The docker bar is 50 cells;
 * here it shrinks to fit the screen. On a narrow screen the bar goes first (docker too drops it
 * on narrow terminals) and the byte counts stay; when even they do not fit, a small bar alone, then
 * a percentage, then the status cut short: the line is never wider than the screen.
 */
final class LayerLine {
    /** docker's bar: 50 cells of '=' plus the '>' at its head. */
    static final int FULL_BAR = 50;
    /** A bar narrower than this tells too little to be worth its room. */
    static final int MIN_BAR = 10;

    private LayerLine() {
    }

    /** The line without progress, as printed where lines cannot be redrawn: "a1b2c3d4e5f6: Pull complete". */
    static String status(String layerId, String status) {
        return DockerIds.shortId(layerId) + ": " + Columns.printable(status);
    }

    static AttributedString render(String layerId, String status, long current, long total, int width) {
        String prefix = status(layerId, status);
        if (current <= 0 && total <= 0) {
            return fit(prefix, width);
        }
        String currentText = HumanUnits.progressSize(current);
        String numbers;
        if (total <= 0 || current > total) {
            numbers = currentText; // docker drops the total when the engine's count is off
        } else {
            numbers = currentText + "/" + HumanUnits.progressSize(total);
        }
        String padded = Columns.spaces(8 - currentText.length()) + numbers; // docker's %8v
        int prefixCols = Columns.of(prefix);
        if (total > 0 && current <= total) {
            int bar = Math.min(FULL_BAR, width - prefixCols - 1 - padded.length() - 4);
            if (bar >= MIN_BAR) {
                return new AttributedString(prefix + " " + bar(current, total, bar) + padded);
            }
        }
        for (String tail : new String[] {padded, numbers}) {
            if (prefixCols + 1 + tail.length() <= width) {
                return new AttributedString(prefix + " " + tail);
            }
        }
        if (total > 0 && current <= total) {
            int bar = Math.min(FULL_BAR, width - prefixCols - 1 - 3);
            if (bar >= MIN_BAR) {
                return new AttributedString(prefix + " " + bar(current, total, bar).stripTrailing());
            }
            String percent = percent(current, total);
            if (prefixCols + 1 + percent.length() <= width) {
                return new AttributedString(prefix + " " + percent);
            }
        }
        return fit(prefix, width);
    }

    /** "[====>     ] ": {@code cells} of '=' or ' ' plus the '>', brackets and a space; {@code cells + 4} columns. */
    static String bar(long current, long total, int cells) {
        int filled = (int) Math.min(cells, Math.floor((double) current / total * cells));
        return "[" + "=".repeat(filled) + ">" + " ".repeat(cells - filled) + "] ";
    }

    private static String percent(long current, long total) {
        return (int) Math.min(100, current * 100 / total) + "%";
    }

    private static AttributedString fit(String text, int width) {
        return Columns.ellipsize(new AttributedString(text), width);
    }
}
