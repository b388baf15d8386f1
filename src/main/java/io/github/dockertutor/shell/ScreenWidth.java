package io.github.dockertutor.shell;

/** How wide the output is when it is not a terminal (a pipe, a file, a test): COLUMNS, else 80. */
final class ScreenWidth {
    static final int DEFAULT = 80;
    /** Narrower than this and no lesson page can be laid out; wider is surely a mistake. */
    private static final int MIN = 20;
    private static final int MAX = 1000;

    private ScreenWidth() {
    }

    /** The width COLUMNS names, as shells export it for scripts, or 80 when it is unset or not a width. */
    static int plain(String columnsVariable) {
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
}
