package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Code the learner types, at the prompt or into a file: a command, a Dockerfile, a page of HTML.
 * It is drawn between two rules with no border at its sides, so that lines selected on the screen
 * paste as they are; and it is never cut: a command or an instruction too wide for the screen goes
 * on in the next line after {@code " \"} ({@link ContinuedLines}), markup wraps between words.
 * Only a single word wider than the whole screen is still cut, with the visible mark; and so is a
 * line of source or data, where any break would change what it means (lessons keep those short).
 */
final class TypedCode {
    /** The code's indent under the top rule, so it stands apart from the prose around it. */
    static final int PAD = 2;
    /** Below this there is no room for the indent: the code starts at the margin. */
    private static final int MIN_PADDED_WIDTH = 16;

    /** How a kind of code may go on in the next line. */
    enum Kind {
        SHELL, DOCKERFILE, MARKUP,
        /** A Python script or a CSV file: a line break means something there, so a line is never broken. */
        SOURCE;

        /** The kind for a fence's language, or empty for text that is read, not typed. */
        static Optional<Kind> of(String language) {
            switch (language.toLowerCase(Locale.ROOT)) {
                case "bash", "sh", "shell", "console", "zsh":
                    return Optional.of(SHELL);
                case "dockerfile", "docker":
                    return Optional.of(DOCKERFILE);
                case "html", "xml", "markdown", "md":
                    return Optional.of(MARKUP);
                case "python", "py", "csv":
                    return Optional.of(SOURCE);
                default:
                    return Optional.empty();
            }
        }
    }

    private final Theme theme;

    TypedCode(Theme theme) {
        this.theme = theme;
    }

    List<AttributedString> render(String literal, String label, Kind kind, int width) {
        int columns = Math.max(1, width);
        int pad = columns >= MIN_PADDED_WIDTH ? PAD : 0;
        List<String> shown = new ArrayList<>();
        for (String line : CodeBox.lines(literal)) {
            shown.addAll(fitted(line, kind, columns - pad));
        }
        int longest = 0;
        for (String line : shown) {
            longest = Math.max(longest, Columns.of(line));
        }
        int ruleWidth = Math.min(columns, Math.max(longest + pad, label.isEmpty() ? 4 : Columns.of(label) + 4));
        List<AttributedString> out = new ArrayList<>();
        out.add(top(label, ruleWidth));
        for (String line : shown) {
            AttributedStringBuilder row = new AttributedStringBuilder();
            row.append(Columns.spaces(pad));
            row.append(Columns.of(line) <= columns - pad ? new AttributedString(line, theme.code())
                    : CodeBox.cut(theme, line, columns - pad));
            out.add(Indent.trimEnd(row.toAttributedString()));
        }
        out.add(new AttributedString(Columns.repeat(theme.glyphs.horizontal, ruleWidth), theme.border()));
        return out;
    }

    /** One line of code as shown: whole, in continued pieces, or (a word too wide) as it is, to be cut. */
    private static List<String> fitted(String line, Kind kind, int columns) {
        if (Columns.of(line) <= columns || kind == Kind.SOURCE) {
            return List.of(line);
        }
        if (kind == Kind.MARKUP) {
            return wrapped(line, columns);
        }
        ContinuedLines.Syntax syntax = kind == Kind.SHELL ? ContinuedLines.Syntax.SHELL
                : ContinuedLines.Syntax.DOCKERFILE;
        return ContinuedLines.split(line, columns, syntax).orElse(List.of(line));
    }

    /** Markup between words, the lines after the first indented: spaces there mean nothing to HTML. */
    private static List<String> wrapped(String line, int columns) {
        String ownIndent = line.substring(0, line.length() - line.stripLeading().length());
        String more = ownIndent + " ".repeat(ContinuedLines.INDENT);
        if (columns - Columns.of(more) < Indent.MIN_CONTENT) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        List<String> pieces = LineWrapper.wrap(line.stripLeading(), columns - Columns.of(more));
        for (int i = 0; i < pieces.size(); i++) {
            out.add((i == 0 ? ownIndent : more) + pieces.get(i));
        }
        return out;
    }

    private AttributedString top(String label, int ruleWidth) {
        String h = theme.glyphs.horizontal;
        AttributedStringBuilder top = new AttributedStringBuilder();
        if (label.isEmpty() || ruleWidth < Columns.of(label) + 4) {
            top.append(Columns.repeat(h, ruleWidth), theme.border());
            return top.toAttributedString();
        }
        top.append(h + h + " ", theme.border());
        top.append(label, theme.marker());
        top.append(" " + Columns.repeat(h, ruleWidth - Columns.of(label) - 4), theme.border());
        return Indent.trimEnd(top.toAttributedString());
    }
}
