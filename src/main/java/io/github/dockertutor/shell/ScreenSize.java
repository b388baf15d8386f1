package io.github.dockertutor.shell;

/**
 * How big the screen is when the output is not a terminal (a pipe, a file, a test): COLUMNS wide,
 * else 80; LINES high, else without limit.
 */
final class ScreenSize {
    static final int DEFAULT = 80;
    /** Narrower than this and no lesson page can be laid out; wider is surely a mistake. */
    private static final int MIN = 20;
    private static final int MAX = 1000;

    private ScreenSize() {
    }

    /** The width COLUMNS names, as shells export it for scripts, or 80 when it is unset or not a width. */
    static int columns(String columnsVariable) {
        if (columnsVariable == null) {
            return DEFAULT;
        }
        try {
            int columns = Integer.parseInt(columnsVariable.trim());
            return columns >= MIN && columns <= MAX ? columns : DEFAULT;
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }

    /** The height LINES names, or no limit when it is unset or not a height. */
    static int lines(String linesVariable) {
        if (linesVariable == null) {
            return Integer.MAX_VALUE;
        }
        try {
            int lines = Integer.parseInt(linesVariable.trim());
            return lines >= 2 ? lines : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
