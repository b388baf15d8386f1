package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Wraps styled text to a width in terminal columns. Lines break at spaces and between CJK
 * characters, never inside an English word, a number or a URL; a single word wider than the line
 * gets a line of its own and only then is split. CJK closing punctuation never starts a line and
 * opening brackets never end one. A short quoted command ('start 1', 「name --clear」) stays on one
 * line. A {@code '\n'} in the text is a forced break. Styles survive.
 */
public final class LineWrapper {
    /**
     * The longest quoted command kept on one line, in columns: the tutor's own commands, quoted in
     * its sentences, are shorter; a longer quote may be a phrase, and breaks at its spaces.
     */
    static final int KEPT_QUOTE_COLUMNS = 24;

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
    public static List<AttributedString> wrap(AttributedString text, int width) {
        int columns = Math.max(1, width);
        List<AttributedString> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                wrapLine(text.subSequence(start, i), columns, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    /** The columns of the widest run of the text that no line may break inside. */
    static int longestUnbreakable(AttributedString text) {
        int longest = 0;
        for (Token token : Token.split(text)) {
            longest = Math.max(longest, Columns.of(text, token.start, token.end));
        }
        return longest;
    }

    private static void wrapLine(AttributedString text, int width, List<AttributedString> lines) {
        List<Token> tokens = Token.split(text);
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
            boolean[] quoted = spacesInQuotedCommands(text);
            int i = 0;
            int lastVisible = -1;
            while (i < length) {
                int glueStart = i;
                while (i < length && isGlue(text, i, quoted)) {
                    i++;
                }
                int start = i;
                int hiddenRunStart = -1;
                boolean seenVisible = false;
                while (i < length && !isGlue(text, i, quoted)) {
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

        private static boolean isGlue(AttributedString text, int i, boolean[] quoted) {
            return text.charAt(i) == ' ' && !text.isHidden(i) && !quoted[i];
        }

        /**
         * The spaces inside short quoted commands, where no line breaks: a learner types "start 1"
         * as it reads on one line, not the end of one line and the start of the next. A quote is
         * 「…」, or '…' opened at the start or after a space or a bracket (never the apostrophe of
         * "learner's"); its text is ASCII, on one line, at most {@link #KEPT_QUOTE_COLUMNS} wide.
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
                int end = open + 1;
                while (end < text.length() && text.charAt(end) != close && text.charAt(end) != '\n'
                        && text.charAt(end) < 0x80) {
                    end++;
                }
                if (end == text.length() || text.charAt(end) != close || end - open - 1 > KEPT_QUOTE_COLUMNS) {
                    continue;
                }
                for (int space = open + 1; space < end; space++) {
                    kept[space] = text.charAt(space) == ' ';
                }
                open = end;
            }
            return kept;
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
