package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one typed line into words the way a POSIX shell does for a simple command: blanks separate
 * words, 'single quotes' are literal, "double quotes" honour only \" \\ \$ \`, a backslash outside
 * quotes escapes the next character, and adjacent parts join ({@code --name="a b"} is one word).
 *
 * <p>Nothing is expanded ($VAR, globs, ~ stay as typed) and shell syntax that would need a system
 * shell (pipes, redirections, command lists, substitutions) is refused with a message saying why,
 * rather than silently passed to docker as words. A {@code #} at the start of a word begins a
 * comment, so lines pasted from tutorials with a trailing comment still work.
 */
public final class CommandLineTokenizer {
    /** Longer lines are refused: no real docker command needs more, and pasted garbage should stop early. */
    public static final int MAX_LINE_LENGTH = 8192;

    private static final String OPERATOR_CHARS = "|&;<>()`";
    /** A tutorial's placeholder, such as {@code <container-id>}: to be replaced, not a redirection. */
    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("<[A-Za-z][A-Za-z0-9_ .-]*>");

    private CommandLineTokenizer() {
    }

    /** The words of the line, nothing expanded; an empty or blank line gives none. */
    public static List<String> tokenize(String line) throws ParseException {
        List<String> words = new ArrayList<>();
        for (ShellWord word : scan(line, false)) {
            words.add(word.literal().orElseThrow());
        }
        return words;
    }

    /**
     * The words of a docker line with what the tutor expands itself marked: {@code $(docker …)} and
     * the current folder ({@code $(pwd)}, {@code $PWD}, {@code ${PWD}}, {@code %cd%}). Any other
     * substitution or variable is refused, saying why, since without a shell it cannot be expanded.
     */
    public static List<ShellWord> words(String line) throws ParseException {
        return scan(line, true);
    }

    private static List<ShellWord> scan(String line, boolean expand) throws ParseException {
        if (line.length() > MAX_LINE_LENGTH) {
            throw ParseException.of("parse.line.tooLong", line.length(), MAX_LINE_LENGTH);
        }
        List<ShellWord> words = new ArrayList<>();
        WordParts word = new WordParts();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                word.end(words);
                i++;
            } else if (c == '\'') {
                i = singleQuoted(line, i, word);
            } else if (c == '"') {
                i = doubleQuoted(line, i, word, expand);
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw ParseException.at(i, "parse.line.trailingBackslash", column(line, i));
                }
                char escaped = line.charAt(i + 1);
                rejectInvisible(line, i + 1, escaped);
                word.text(String.valueOf(escaped), false);
                i += 2;
            } else if (c == '#' && !word.started()) {
                break;
            } else if (expand && (c == '$' || c == '`' || c == '%')) {
                i = Expansions.read(line, i, word, false);
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                throw operator(line, i);
            } else {
                rejectInvisible(line, i, c);
                word.text(String.valueOf(c), false);
                i++;
            }
        }
        word.end(words);
        return words;
    }

    private static int singleQuoted(String line, int open, WordParts word) throws ParseException {
        int close = line.indexOf('\'', open + 1);
        if (close < 0) {
            throw ParseException.at(open, "parse.line.unclosedSingleQuote", column(line, open));
        }
        word.text(line.substring(open + 1, close), true);
        return close + 1;
    }

    private static int doubleQuoted(String line, int open, WordParts word, boolean expand) throws ParseException {
        int i = open + 1;
        word.text("", true);
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.text(String.valueOf(line.charAt(i + 1)), true);
                i += 2;
            } else if (expand && (c == '$' || c == '`' || c == '%')) {
                i = Expansions.read(line, i, word, true);
            } else {
                word.text(String.valueOf(c), true);
                i++;
            }
        }
        throw ParseException.at(open, "parse.line.unclosedDoubleQuote", column(line, open));
    }

    private static ParseException operator(String line, int start) {
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(line).region(start, line.length());
        if (placeholder.lookingAt()) {
            return ParseException.refusalAt(start, "parse.line.placeholder", placeholder.group(), column(line, start));
        }
        int end = start;
        while (end < line.length() && OPERATOR_CHARS.indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        // good shell, which the tutor does not run: a refusal, not a typing mistake
        return ParseException.refusalAt(start, "parse.line.shellSyntax", line.substring(start, end), column(line, start));
    }

    /** Control characters, odd spaces and invisible format characters outside quotes are almost always paste accidents. */
    private static void rejectInvisible(String line, int i, char c) throws ParseException {
        if (Character.isISOControl(c) && c != '\t') {
            throw ParseException.at(i, "parse.line.controlChar", describe(c), column(line, i));
        }
        if (Character.isSpaceChar(c) && c != ' ') {
            throw ParseException.at(i, "parse.line.unusualSpace", describe(c), column(line, i));
        }
        if (Character.getType(c) == Character.FORMAT) {
            throw ParseException.at(i, "parse.line.invisibleChar", describe(c), column(line, i));
        }
    }

    /** {@code U+001B (^[)} for C0 controls, as terminals show them; {@code U+3000} otherwise. */
    static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c < 0x20) {
            return code + " (^" + (char) (c + 64) + ")";
        }
        if (c == 0x7f) {
            return code + " (^?)";
        }
        return code;
    }

    /** 1-based column counted in code points, so a Chinese character or an emoji counts once. */
    static int column(String line, int offset) {
        return line.codePointCount(0, offset) + 1;
    }
}
