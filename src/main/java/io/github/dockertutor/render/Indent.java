package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Puts a prefix before rendered lines: a list marker then a hanging indent, or a quote bar. */
final class Indent {
    /**
     * Nested containers stop indenting when fewer columns than this would be left for their text:
     * deep nesting on a narrow screen should stay readable and, above all, within the width.
     */
    static final int MIN_CONTENT = 10;

    private Indent() {
    }

    static List<AttributedString> prefix(List<AttributedString> lines, AttributedString first,
            AttributedString rest, boolean prefixBlankLines) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            AttributedString line = lines.get(i);
            AttributedString prefix = i == 0 ? first : rest;
            if (line.length() == 0 && !prefixBlankLines && i > 0) {
                out.add(line);
                continue;
            }
            AttributedStringBuilder joined = new AttributedStringBuilder();
            joined.append(prefix);
            joined.append(line);
            out.add(trimEnd(joined.toAttributedString()));
        }
        return out;
    }

    /** Without trailing spaces, which only make copied text and golden files noisy. */
    static AttributedString trimEnd(AttributedString line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !line.isHidden(end - 1)) {
            end--;
        }
        return end == line.length() ? line : line.subSequence(0, end);
    }
}
