package io.github.dockertutor.tui;

import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * The text in the built-in editor and the cursor in it, with nano's editing keys as operations. It
 * knows no terminal, so every key's effect is tested on its own. Lines hold no line ends; the
 * cursor's column counts chars of its line, and moving up or down keeps the screen column the
 * learner was at, as every editor does.
 */
final class EditBuffer {
    private final List<StringBuilder> lines = new ArrayList<>();
    private final List<String> cutLines = new ArrayList<>();
    private final boolean crlf;
    private int row;
    private int column;
    /** The screen column moves up and down aim for. */
    private int wantedColumn;
    /** The last key was a cut too, so this cut adds to the cut lines instead of replacing them. */
    private boolean cutting;
    private boolean modified;

    /**
     * The text of a file. After its last line end comes an empty last line, as in nano: the place
     * where a new line is typed, never written out as one more line.
     */
    EditBuffer(String text) {
        this.crlf = text.contains("\r\n");
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            lines.add(new StringBuilder(line));
        }
    }

    /**
     * The text to save, with the file's own line ends (CR LF stays CR LF); a last line with text
     * gets a line end too, as a text file's last line should.
     */
    String text() {
        String end = crlf ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i));
            if (i < lines.size() - 1 || lines.get(i).length() > 0) {
                out.append(end);
            }
        }
        return out.toString();
    }

    int lineCount() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index).toString();
    }

    int row() {
        return row;
    }

    int column() {
        return column;
    }

    /** The cursor's column on the screen: wide characters count two, tabs go to the next stop. */
    int screenColumn() {
        return screenColumn(line(row), column);
    }

    boolean modified() {
        return modified;
    }

    void saved() {
        modified = false;
    }

    /** Typed or pasted text; line ends in it start new lines, other control characters are dropped. */
    void insert(String text) {
        endCut();
        String clean = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n') {
                newline();
            } else if (c == '\t' || c >= ' ' && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
                lines.get(row).insert(column, c);
                column++;
                modified = true;
            }
        }
        remember();
    }

    void newline() {
        endCut();
        StringBuilder current = lines.get(row);
        String rest = current.substring(column);
        current.setLength(column);
        lines.add(row + 1, new StringBuilder(rest));
        row++;
        column = 0;
        modified = true;
        remember();
    }

    void backspace() {
        endCut();
        if (column > 0) {
            int start = lines.get(row).offsetByCodePoints(column, -1);
            lines.get(row).delete(start, column);
            column = start;
            modified = true;
        } else if (row > 0) {
            StringBuilder previous = lines.get(row - 1);
            column = previous.length();
            previous.append(lines.remove(row));
            row--;
            modified = true;
        }
        remember();
    }

    void delete() {
        endCut();
        StringBuilder current = lines.get(row);
        if (column < current.length()) {
            current.delete(column, current.offsetByCodePoints(column, 1));
            modified = true;
        } else if (row < lines.size() - 1) {
            current.append(lines.remove(row + 1));
            modified = true;
        }
        remember();
    }

    /**
     * Ctrl-K: the cursor's line is cut whole; cuts in a row gather their lines for Ctrl-U. The
     * cursor stays where the line was: on the last line that is a new empty line, so what is typed
     * next goes where the cut line was, not onto the line above.
     */
    void cutLine() {
        if (!cutting) {
            cutLines.clear();
        }
        cutting = true;
        cutLines.add(lines.get(row).toString());
        if (lines.size() == 1) {
            lines.get(0).setLength(0);
        } else {
            lines.remove(row);
            if (row == lines.size()) {
                lines.add(new StringBuilder());
            }
        }
        column = 0;
        modified = true;
        remember();
    }

    /** Ctrl-U: the cut lines again, before the cursor's line. */
    void paste() {
        endCut();
        if (cutLines.isEmpty()) {
            return;
        }
        if (lines.size() == 1 && lines.get(0).length() == 0 && row == 0) {
            lines.remove(0);
        } else if (column > 0) {
            newline();
        }
        for (String line : cutLines) {
            lines.add(row++, new StringBuilder(line));
        }
        if (row == lines.size()) {
            lines.add(new StringBuilder());
        }
        column = 0;
        modified = true;
        remember();
    }

    void left() {
        endCut();
        if (column > 0) {
            column = lines.get(row).offsetByCodePoints(column, -1);
        } else if (row > 0) {
            row--;
            column = lines.get(row).length();
        }
        remember();
    }

    void right() {
        endCut();
        if (column < lines.get(row).length()) {
            column = lines.get(row).offsetByCodePoints(column, 1);
        } else if (row < lines.size() - 1) {
            row++;
            column = 0;
        }
        remember();
    }

    void up(int count) {
        endCut();
        moveTo(Math.max(0, row - count));
    }

    void down(int count) {
        endCut();
        moveTo(Math.min(lines.size() - 1, row + count));
    }

    void home() {
        endCut();
        column = 0;
        remember();
    }

    void end() {
        endCut();
        column = lines.get(row).length();
        remember();
    }

    void firstLine() {
        endCut();
        row = 0;
        column = 0;
        remember();
    }

    void lastLine() {
        endCut();
        row = lines.size() - 1;
        column = lines.get(row).length();
        remember();
    }

    private void moveTo(int newRow) {
        row = newRow;
        String text = line(row);
        int at = 0;
        while (at < text.length() && screenColumn(text, text.offsetByCodePoints(at, 1)) <= wantedColumn) {
            at = text.offsetByCodePoints(at, 1);
        }
        column = at;
    }

    private void remember() {
        wantedColumn = screenColumn();
    }

    private void endCut() {
        cutting = false;
    }

    /** The screen column of a char index: wide characters count two, a tab goes to the next stop of four. */
    static int screenColumn(String line, int index) {
        int columns = 0;
        for (int i = 0; i < index; ) {
            int cp = line.codePointAt(i);
            columns += cp == '\t' ? TextEditor.TAB - columns % TextEditor.TAB : Columns.of(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }
}
