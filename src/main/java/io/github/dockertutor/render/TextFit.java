package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.utils.AttributedString;

/**
 * Fits one line of the tutor's own text (a message, a line of help, of doctor's report, of a list)
 * to the screen, the way a reader expects: broken between words by {@link LineWrapper}, and the
 * lines after the first indented under the text, past the line's own indent and its list marker
 * ({@code "  - "}, {@code "  [ok] "}, {@code " 3. "}) or, in a two-column list, its label
 * ({@code "  -d, --detach   Run in the background"}). A word that fits the screen but not beside
 * the indent (a long URL) gets a line of its own at the margin instead of being split.
 */
public final class TextFit {
    /** Spaces, then a bullet, a short bracketed mark ([ok], [!!]), a number, or a prompt sign, then spaces. */
    private static final Pattern LEAD =
            Pattern.compile("^( *)((?:[-•*$>]|\\[[^\\]\\s]{1,3}]|\\d{1,3}[.)])? +)?");
    /** A label, then two spaces or more, then its text: a line of a two-column list (help, usage). */
    private static final Pattern LABEL = Pattern.compile("^ *\\S+(?: \\S+)* {2,}(?=\\S)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** The indent of the lines after the first is dropped when it would leave less room than this. */
    private static final int MIN_TEXT = 16;

    private TextFit() {
    }

    /** The line in pieces of at most {@code width} columns; one piece when it fits. Never empty. */
    public static List<String> lines(String line, int width) {
        int columns = Math.max(1, width);
        if (Columns.of(line) <= columns) {
            return List.of(line);
        }
        Matcher lead = LEAD.matcher(line);
        String prefix = lead.lookingAt() ? lead.group() : "";
        Matcher label = LABEL.matcher(line);
        if (label.lookingAt() && label.end() > prefix.length() && Columns.of(label.group()) <= columns / 2) {
            prefix = label.group(); // go on under the text, not under the label
        }
        if (prefix.length() == line.length() || columns - Columns.of(prefix) < MIN_TEXT) {
            prefix = ""; // no text after it, or no room beside it: the lines start at the margin
        }
        int room = columns - Columns.of(prefix);
        String text = line.substring(prefix.length());
        List<String> out = new ArrayList<>();
        int runStart = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int wordColumns = Columns.of(words.group());
            int unbreakable = LineWrapper.longestUnbreakable(new AttributedString(words.group()));
            if (unbreakable > room && wordColumns <= columns) {
                // too wide beside the indent, not for the screen: alone at the margin, whole
                add(text.substring(runStart, words.start()), prefix, room, out);
                if (out.isEmpty() && !prefix.isBlank()) {
                    out.add(prefix.stripTrailing()); // the marker keeps its line, the word follows
                }
                out.add(words.group());
                runStart = words.end();
            }
        }
        add(text.substring(runStart), prefix, room, out);
        return out.isEmpty() ? List.of(line.strip()) : out;
    }

    /**
     * A label and its text, the text's lines after the first under its start ({@code help}'s list:
     * name, then description). A label too wide for that stands on a line of its own, and the text
     * follows under the label, indented.
     */
    public static List<String> hanging(String label, String text, int width) {
        int columns = Math.max(1, width);
        int indent = Columns.of(label);
        if (columns - indent >= MIN_TEXT) {
            List<String> out = new ArrayList<>();
            add(text, label, columns - indent, out);
            return out.isEmpty() ? List.of(label.stripTrailing()) : out;
        }
        List<String> out = new ArrayList<>(lines(label.stripTrailing(), columns));
        String lead = label.substring(0, label.length() - label.stripLeading().length()) + "  ";
        out.addAll(lines(lead + text, columns));
        return out;
    }

    /** Wraps a run of text under the indent; the very first line of all gets the prefix itself. */
    private static void add(String run, String prefix, int room, List<String> out) {
        String text = run.strip();
        if (text.isEmpty()) {
            return;
        }
        for (AttributedString piece : LineWrapper.wrap(new AttributedString(text), room)) {
            out.add((out.isEmpty() ? prefix : Columns.spaces(Columns.of(prefix))) + piece);
        }
    }
}
