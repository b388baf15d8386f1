package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a line the learner types (a shell command, a Dockerfile instruction) that is too wide for
 * the screen into lines ending in {@code " \"}, the continuation both a shell and a Dockerfile
 * understand, so that what is shown can be typed or pasted as it is. Lines break only at spaces,
 * never inside a word; never inside single quotes (a shell keeps a backslash there) nor after a
 * comment starts; inside double quotes only at a single space and without indenting the next line,
 * so a shell's joined string is exactly the one written. Elsewhere the next line is indented.
 * Joining the lines back (each {@code " \"} and the spaces around it become one space) gives the
 * line as written.
 */
public final class ContinuedLines {
    /** What ends every line but the last: a space, then the backslash. */
    public static final String MARK = " \\";
    /** How far a line that goes on outside quotes is indented. */
    static final int INDENT = 2;

    /** Which rules the line follows. */
    public enum Syntax {
        /** A shell command line: quotes, and {@code #} starting a comment. */
        SHELL,
        /** A Dockerfile line: JSON strings in double quotes are never split; {@code #} lines are comments. */
        DOCKERFILE
    }

    private ContinuedLines() {
    }

    /**
     * The line in pieces of at most {@code width} columns, or empty when a word alone is too wide
     * for a line (the caller then cuts visibly). A line that fits is returned as it is.
     */
    public static Optional<List<String>> split(String line, int width, Syntax syntax) {
        if (Columns.of(line) <= width) {
            return Optional.of(List.of(line));
        }
        List<Break> breaks = breaks(line, syntax);
        List<String> out = new ArrayList<>();
        int start = 0;
        String indent = "";
        String ownIndent = line.substring(0, line.length() - line.stripLeading().length());
        while (true) {
            String rest = indent + line.substring(start);
            if (Columns.of(rest) <= width) {
                out.add(rest);
                return Optional.of(out);
            }
            Break chosen = null;
            for (Break candidate : breaks) {
                if (candidate.at <= start) {
                    continue;
                }
                String piece = indent + line.substring(start, candidate.at) + MARK;
                if (Columns.of(piece) > width) {
                    break;
                }
                chosen = candidate;
            }
            if (chosen == null) {
                return Optional.empty();
            }
            out.add(indent + line.substring(start, chosen.at) + MARK);
            start = chosen.next;
            indent = chosen.quoted ? "" : ownIndent + " ".repeat(INDENT);
        }
    }

    /** Joins lines that end in a backslash as the tutor's prompt does: the inverse of {@link #split}. */
    public static String join(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            String text = joined.length() == 0 ? line : line.stripLeading();
            if (continues(text)) {
                text = withoutMark(text);
            }
            if (joined.length() > 0 && !text.isEmpty()) {
                joined.append(' ');
            }
            joined.append(text);
        }
        return joined.toString();
    }

    /**
     * Whether a typed line goes on in the next: it ends in a backslash (spaces after it allowed)
     * that is not itself escaped, as a shell reads it.
     */
    public static boolean continues(String line) {
        String text = line.stripTrailing();
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The line without its continuation backslash and the spaces around it. */
    public static String withoutMark(String line) {
        String text = line.stripTrailing();
        return text.substring(0, text.length() - 1).stripTrailing();
    }

    /** A place to break: the text before {@code at} stays, the next line starts at {@code next}. */
    private record Break(int at, int next, boolean quoted) {
    }

    private static List<Break> breaks(String line, Syntax syntax) {
        List<Break> breaks = new ArrayList<>();
        if (syntax == Syntax.DOCKERFILE && line.stripLeading().startsWith("#")) {
            return breaks;
        }
        char quote = 0;
        boolean wordStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else if (c == ' ' && quote == '"' && syntax == Syntax.SHELL && singleSpace(line, i)) {
                    breaks.add(new Break(i, i + 1, true));
                }
                wordStart = false;
                continue;
            }
            if (c == ' ') {
                int next = i;
                while (next < line.length() && line.charAt(next) == ' ') {
                    next++;
                }
                if (i > 0 && next < line.length() && !leadingSpaces(line, i)) {
                    breaks.add(new Break(i, next, false));
                }
                i = next - 1;
                wordStart = true;
                continue;
            }
            if (c == '#' && wordStart && syntax == Syntax.SHELL) {
                return breaks; // a comment: a backslash there continues nothing
            }
            if (c == '\\' && i + 1 < line.length()) {
                i++;
            } else if (c == '"' || (c == '\'' && syntax == Syntax.SHELL)) {
                quote = c;
            }
            wordStart = false;
        }
        return breaks;
    }

    private static boolean singleSpace(String line, int i) {
        return i > 0 && i + 1 < line.length() && line.charAt(i - 1) != ' ' && line.charAt(i + 1) != ' ';
    }

    /** Whether the spaces at {@code i} are the line's own indent, which is kept, not broken at. */
    private static boolean leadingSpaces(String line, int i) {
        return line.substring(0, i).isBlank();
    }
}
