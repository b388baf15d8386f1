package io.github.dockertutor.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a VT100 to replay what {@link TerminalScreen} writes: printable characters,
 * CR, LF, cursor up (clamped to the visible window, as real terminals do), erase line and erase
 * below. What is left in {@link #lines()} is what a person would see, scrollback included.
 */
final class VirtualTerminal {
    private final int width;
    private final int height;
    private final List<StringBuilder> lines = new ArrayList<>();
    private int row;
    private int col;

    VirtualTerminal(int width, int height) {
        this.width = width;
        this.height = height;
        lines.add(new StringBuilder());
    }

    void feed(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\u001b' && i + 1 < output.length() && output.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < output.length() && !Character.isLetter(output.charAt(end))) {
                    end++;
                }
                csi(output.substring(i + 2, end), output.charAt(end));
                i = end;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                row++;
                if (row == lines.size()) {
                    lines.add(new StringBuilder());
                }
            } else {
                if (col >= width) { // the pending wrap of a full line
                    col = 0;
                    row++;
                    if (row == lines.size()) {
                        lines.add(new StringBuilder());
                    }
                }
                StringBuilder line = lines.get(row);
                while (line.length() < col) {
                    line.append(' ');
                }
                if (col < line.length()) {
                    line.setCharAt(col, c);
                } else {
                    line.append(c);
                }
                col++;
            }
        }
    }

    private void csi(String args, char command) {
        int n = args.isEmpty() ? 1 : Integer.parseInt(args);
        switch (command) {
            case 'A' -> row = Math.max(Math.max(0, lines.size() - height), row - n);
            case 'K' -> lines.get(row).setLength(0);
            case 'J' -> {
                lines.get(row).setLength(Math.min(col, lines.get(row).length()));
                while (lines.size() > row + 1) {
                    lines.remove(lines.size() - 1);
                }
            }
            case 'm' -> { } // styles do not change the text
            default -> throw new IllegalArgumentException("unexpected escape " + args + command);
        }
    }

    /** Every line, without the empty one the cursor rests on at the end. */
    List<String> lines() {
        List<String> text = new ArrayList<>();
        for (StringBuilder line : lines) {
            text.add(line.toString().stripTrailing());
        }
        while (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
            text.remove(text.size() - 1);
        }
        return text;
    }
}
