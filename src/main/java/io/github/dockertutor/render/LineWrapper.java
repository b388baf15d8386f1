package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Wraps styled text to a width in terminal columns. Lines break at spaces and between CJK
 * characters, never inside an English word, a number or a URL; a single word wider than the line
 * gets a line of its own and only then is split. CJK closing punctuation never starts a line and
 * opening brackets never end one. A short command stays on one line: quoted in a sentence
 * ('start 1', 「name --clear」), or a code span whose spaces the renderer made {@link #KEPT_SPACE}s.
 * A {@code '\n'} in the text is a forced break. Styles survive.
 */
public final class LineWrapper {
    /**
     * The longest command kept on one line, in columns: the tutor's own commands, quoted in its
     * sentences or in code spans, are shorter; a longer quote may be a phrase, and a longer command
     * breaks at its spaces rather than be cut inside a word on a narrow screen.
     */
    static final int KEPT_COMMAND_COLUMNS = 24;

    /**
     * A space no line breaks at while the command it is in fits the line; one that does not fit
     * breaks there rather than inside a word. Every line comes out with a plain space in its place,
     * so a command copied from the screen runs.
     */
    static final char KEPT_SPACE = '\u00A0';

    private LineWrapper() {
    }

    /** Wraps plain text, e.g. a message for the learner; never returns an empty list. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (AttributedString line : wrap(new AttributedString(text), width)) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Wraps styled text; never returns an empty list. Widths below 1 are taken as 1. */
    public static List<AttributedString> wrap(AttributedString styled, int width) {
        int columns = Math.max(1, width);
        AttributedString text = keepQuotedCommands(styled);
        List<AttributedString> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                wrapLine(text.subSequence(start, i), columns, lines);
                start = i + 1;
            }
        }
        lines.replaceAll(LineWrapper::plainSpaces);
        return lines;
    }

    /**
     * The text with its spaces made kept ones when it is a short command: ASCII, at most
     * {@link #KEPT_COMMAND_COLUMNS} wide. The renderer asks this of a code span; a quote in a
     * sentence is judged by the same rule ({@link #spacesInQuotedCommands}).
     */
    static String keptTogether(String text) {
        return isShortCommand(text) ? text.replace(' ', KEPT_SPACE) : text;
    }

    private static boolean isShortCommand(CharSequence text) {
        return text.length() <= KEPT_COMMAND_COLUMNS && text.chars().allMatch(c -> c < 0x80);
    }

    /** The text with the spaces of its short quoted commands made kept ones. */
    private static AttributedString keepQuotedCommands(AttributedString text) {
        boolean[] quoted = spacesInQuotedCommands(text);
        for (boolean any : quoted) {
            if (any) {
                return replaced(text, i -> quoted[i], KEPT_SPACE);
            }
        }
        return text;
    }

    /**
     * The spaces inside short quoted commands: a learner types "start 1" as it reads on one line,
     * not the end of one line and the start of the next. A quote is 「…」, or '…' opened at the
     * start or after a space or a bracket (never the apostrophe of "learner's"); its text is
     * ASCII, on one line, at most {@link #KEPT_COMMAND_COLUMNS} wide.
     */
    static boolean[] spacesInQuotedCommands(CharSequence text) {
        boolean[] kept = new boolean[text.length()];
        for (int open = 0; open < text.length(); open++) {
            char mark = text.charAt(open);
            char close;
            if (mark == '「') {
                close = '」';
            } else if (mark == '\'' && (open == 0 || " (（「".indexOf(text.charAt(open - 1)) >= 0)) {
                close = '\'';
            } else {
                continue;
            }
            // no further than where the longest short command's close would stand: a longer quote
            // is no command, and a paragraph of marks is not read again from each of them
            int limit = Math.min(text.length(), open + 1 + KEPT_COMMAND_COLUMNS);
            int end = open + 1;
            while (end < limit && text.charAt(end) != close && text.charAt(end) != '\n') {
                end++;
            }
            if (end == text.length() || text.charAt(end) != close || !isShortCommand(text.subSequence(open + 1, end))) {
                continue;
            }
            for (int space = open + 1; space < end; space++) {
                kept[space] = text.charAt(space) == ' ';
            }
            open = end;
        }
        return kept;
    }

    /** The line with a plain space for each kept one: a command copied from the screen must run. */
    private static AttributedString plainSpaces(AttributedString line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == KEPT_SPACE) {
                return replaced(line, at -> line.charAt(at) == KEPT_SPACE, ' ');
            }
        }
        return line;
    }

    /** The text with the character at each place {@code at} picks replaced by {@code with}, styles kept. */
    private static AttributedString replaced(AttributedString text, IntPredicate at, char with) {
        AttributedStringBuilder out = new AttributedStringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.style(text.styleAt(i));
            out.append(at.test(i) ? with : text.charAt(i));
        }
        return out.toAttributedString();
    }

    /** The columns of the widest run of the text that no line may break inside, a kept space yielding. */
    static int longestUnbreakable(AttributedString text) {
        int longest = 0;
        for (Token token : Token.atKeptSpaces(text, Token.split(text), 0)) {
            longest = Math.max(longest, Columns.of(text, token.start, token.end));
        }
        return longest;
    }

    private static void wrapLine(AttributedString text, int width, List<AttributedString> lines) {
        List<Token> tokens = Token.atKeptSpaces(text, Token.split(text), width);
        AttributedStringBuilder line = new AttributedStringBuilder();
        int lineCols = 0;
        boolean lineHasContent = false;
        for (Token token : tokens) {
            int glueCols = Columns.of(text, token.glueStart, token.start);
            int tokenCols = Columns.of(text, token.start, token.end);
            if (lineHasContent && lineCols + glueCols + tokenCols <= width) {
                line.append(text.subSequence(token.glueStart, token.end));
                lineCols += glueCols + tokenCols;
                continue;
            }
            if (lineHasContent) {
                lines.add(line.toAttributedString());
                line = new AttributedStringBuilder();
                lineCols = 0;
            } else if (glueCols + tokenCols <= width) {
                // leading spaces of the text itself are meant (an indent); spaces at a wrap are not
                line.append(text.subSequence(token.glueStart, token.start));
                lineCols = glueCols;
            }
            if (lineCols + tokenCols <= width) {
                line.append(text.subSequence(token.start, token.end));
                lineCols += tokenCols;
            } else {
                List<AttributedString> pieces = hardSplit(text.subSequence(token.start, token.end), width);
                for (int p = 0; p < pieces.size() - 1; p++) {
                    lines.add(pieces.get(p));
                }
                AttributedString last = pieces.get(pieces.size() - 1);
                line = new AttributedStringBuilder();
                line.append(last);
                lineCols = Columns.of(last);
            }
            lineHasContent = true;
        }
        lines.add(line.toAttributedString());
    }

    /**
     * Splits one unbreakable token into pieces of at most the width, still keeping closing
     * punctuation off the start of a piece when the piece before can give up a character.
     */
    static List<AttributedString> hardSplit(AttributedString token, int width) {
        List<AttributedString> pieces = new ArrayList<>();
        int pieceStart = 0;
        int cols = 0;
        int lastVisibleStart = -1;
        int i = 0;
        while (i < token.length()) {
            int cp = token.codePointAt(i);
            int w = token.isHidden(i) ? 0 : Columns.of(cp);
            boolean hasVisible = lastVisibleStart >= pieceStart;
            if (w > 0 && hasVisible && cols + w > width) {
                int cutAt = i;
                if (BreakRules.isCjkClosing(cp) && lastVisibleStart > pieceStart) {
                    cutAt = lastVisibleStart;
                }
                pieces.add(token.subSequence(pieceStart, cutAt));
                pieceStart = cutAt;
                cols = Columns.of(token, pieceStart, i);
                lastVisibleStart = cutAt < i ? cutAt : -1;
            }
            if (w > 0) {
                lastVisibleStart = i;
            }
            cols += w;
            i += Character.charCount(cp);
        }
        pieces.add(token.subSequence(pieceStart, token.length()));
        return pieces;
    }

    /** A run of text no line may break inside, with the spaces before it (dropped at a break). */
    private static final class Token {
        final int glueStart;
        final int start;
        int end;

        private Token(int glueStart, int start, int end) {
            this.glueStart = glueStart;
            this.start = start;
            this.end = end;
        }

        static List<Token> split(AttributedString text) {
            List<Token> tokens = new ArrayList<>();
            int length = text.length();
            int i = 0;
            int lastVisible = -1;
            while (i < length) {
                int glueStart = i;
                while (i < length && isGlue(text, i)) {
                    i++;
                }
                int start = i;
                int hiddenRunStart = -1;
                boolean seenVisible = false;
                while (i < length && !isGlue(text, i)) {
                    int cp = text.codePointAt(i);
                    int width = Columns.of(cp);
                    if (text.isHidden(i)) {
                        if (hiddenRunStart < 0) {
                            hiddenRunStart = i;
                        }
                    } else if (width > 0) {
                        if (!seenVisible) {
                            seenVisible = true;
                        } else if (BreakRules.canBreakBetween(lastVisible, cp)) {
                            // an escape sequence right before the break goes down with the text it opens
                            int breakAt = hiddenRunStart >= 0 ? hiddenRunStart : i;
                            add(tokens, new Token(glueStart, start, breakAt), text);
                            glueStart = breakAt;
                            start = breakAt;
                        }
                        lastVisible = cp;
                        hiddenRunStart = -1;
                    }
                    i += Character.charCount(cp);
                }
                if (start < i) { // spaces at the very end are dropped
                    add(tokens, new Token(glueStart, start, i), text);
                }
            }
            return tokens;
        }

        /**
         * The tokens, with each one wider than {@code width} that holds kept spaces split at them,
         * the kept space taken as the glue of the piece after it.
         */
        static List<Token> atKeptSpaces(AttributedString text, List<Token> tokens, int width) {
            List<Token> out = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                if (Columns.of(text, token.start, token.end) <= width) {
                    out.add(token);
                    continue;
                }
                Token piece = new Token(token.glueStart, token.start, token.end);
                for (int i = token.start; i < token.end; i++) {
                    if (text.charAt(i) == KEPT_SPACE && !text.isHidden(i)) {
                        piece.end = i;
                        out.add(piece);
                        piece = new Token(i, i + 1, token.end);
                    }
                }
                out.add(piece);
            }
            return out;
        }

        /** Adds a token, or joins it to the one before when the spaces between them must not break. */
        private static void add(List<Token> tokens, Token token, AttributedString text) {
            if (!tokens.isEmpty() && token.glueStart < token.start) {
                Token previous = tokens.get(tokens.size() - 1);
                int before = lastVisibleIn(text, previous.start, previous.end);
                int after = firstVisibleIn(text, token.start, token.end);
                if ((before >= 0 && BreakRules.noBreakAfter(before))
                        || (after >= 0 && BreakRules.noBreakBefore(after))) {
                    previous.end = token.end;
                    return;
                }
            }
            tokens.add(token);
        }

        private static boolean isGlue(AttributedString text, int i) {
            return text.charAt(i) == ' ' && !text.isHidden(i);
        }

        private static int firstVisibleIn(AttributedString text, int from, int to) {
            for (int i = from; i < to; ) {
                int cp = text.codePointAt(i);
                if (!text.isHidden(i) && Columns.of(cp) > 0) {
                    return cp;
                }
                i += Character.charCount(cp);
            }
            return -1;
        }

        private static int lastVisibleIn(AttributedString text, int from, int to) {
            int found = -1;
            for (int i = from; i < to; ) {
                int cp = text.codePointAt(i);
                if (!text.isHidden(i) && Columns.of(cp) > 0) {
                    found = cp;
                }
                i += Character.charCount(cp);
            }
            return found;
        }
    }
}
