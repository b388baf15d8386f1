package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Headings: H1 underlined with a double rule, H2 with a single one, deeper ones marked with
 * {@code #}s when there is no color to set them apart. A lesson's {@code {#step-id}} is not shown,
 * nor a translation's stamp ({@code {#step-id src=1a2b3c4}}, {@code {src=1a2b3c4}}).
 */
final class HeadingRenderer {
    private static final Pattern STEP_ID = Pattern.compile(
            "\\s*\\{(?:#[A-Za-z0-9_-]+(?:\\s+src=[0-9a-f]+)?|src=[0-9a-f]+)}\\s*$");

    private final Theme theme;
    private final RenderOptions options;

    HeadingRenderer(Theme theme, RenderOptions options) {
        this.theme = theme;
        this.options = options;
    }

    List<AttributedString> render(Heading heading, int width) {
        int level = heading.getLevel();
        AttributedString text = InlineRenderer.render(heading, theme, options, theme.heading(level));
        text = withoutStepId(heading, text);
        if (level >= 3 && !theme.color) {
            AttributedStringBuilder marked = new AttributedStringBuilder();
            marked.append("#".repeat(level) + " ");
            marked.append(text);
            text = marked.toAttributedString();
        }
        if (text.length() == 0) {
            return List.of();
        }
        List<AttributedString> lines = new ArrayList<>(Hyperlinks.balance(LineWrapper.wrap(text, width)));
        if (level <= 2) {
            int longest = 0;
            for (AttributedString line : lines) {
                longest = Math.max(longest, Columns.of(line));
            }
            String rule = level == 1 ? theme.glyphs.h1Rule : theme.glyphs.h2Rule;
            lines.add(new AttributedString(Columns.repeat(rule, Math.min(Math.max(1, width), Math.max(1, longest))),
                    theme.heading(level)));
        }
        return lines;
    }

    private static AttributedString withoutStepId(Heading heading, AttributedString text) {
        Node last = heading.getLastChild();
        if (!(last instanceof Text) || !STEP_ID.matcher(((Text) last).getLiteral()).find()) {
            return text;
        }
        var matcher = STEP_ID.matcher(text);
        return matcher.find() ? text.subSequence(0, matcher.start()) : text;
    }
}
