package io.github.dockertutor.render;

import org.jline.utils.AttributedStyle;

/**
 * The look of rendered text: styles and border characters. The plain theme has no styles at all
 * and only ASCII characters, so its output is readable anywhere and safe to compare in tests.
 */
final class Theme {
    final boolean color;
    final Glyphs glyphs;

    private Theme(boolean color) {
        this.color = color;
        this.glyphs = color ? Glyphs.UNICODE : Glyphs.ASCII;
    }

    static Theme of(boolean color) {
        return new Theme(color);
    }

    private AttributedStyle style(AttributedStyle colored) {
        return color ? colored : AttributedStyle.DEFAULT;
    }

    AttributedStyle heading(int level) {
        switch (level) {
            case 1:
                return style(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN | AttributedStyle.BRIGHT));
            case 2:
                return style(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN));
            case 3:
                return style(AttributedStyle.BOLD);
            default:
                return style(AttributedStyle.BOLD.italic());
        }
    }

    AttributedStyle code() {
        return style(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    AttributedStyle border() {
        return style(AttributedStyle.DEFAULT.faint());
    }

    AttributedStyle quoteBar() {
        return style(AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE));
    }

    AttributedStyle marker() {
        return style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    AttributedStyle url() {
        return style(AttributedStyle.DEFAULT.faint().underline());
    }

    AttributedStyle placeholder() {
        return style(AttributedStyle.DEFAULT.faint().italic());
    }

    AttributedStyle tableHeader() {
        return style(AttributedStyle.BOLD);
    }

    AttributedStyle italic(AttributedStyle base) {
        return color ? base.italic() : base;
    }

    AttributedStyle bold(AttributedStyle base) {
        return color ? base.bold() : base;
    }

    AttributedStyle crossedOut(AttributedStyle base) {
        return color ? base.crossedOut() : base;
    }

    AttributedStyle link(AttributedStyle base) {
        return color ? base.underline().foreground(AttributedStyle.BLUE | AttributedStyle.BRIGHT) : base;
    }

    /** Border and marker characters; ASCII in plain mode. */
    enum Glyphs {
        UNICODE("┌", "┐", "└", "┘", "─", "│", "┬", "┴", "├", "┤", "┼", "─", "═", "─", "│ ", "→",
                new String[] {"•", "◦", "▪"}),
        ASCII("+", "+", "+", "+", "-", "|", "+", "+", "+", "+", "+", "=", "=", "-", "| ", ">",
                new String[] {"-", "*", "+"});

        final String topLeft;
        final String topRight;
        final String bottomLeft;
        final String bottomRight;
        final String horizontal;
        final String vertical;
        final String teeDown;
        final String teeUp;
        final String teeRight;
        final String teeLeft;
        final String cross;
        /** The line under a table's header row. */
        final String headerRule;
        final String h1Rule;
        final String h2Rule;
        final String quote;
        /** Marks a code line cut at the box's edge: the command goes on. */
        final String continuation;
        private final String[] bullets;

        Glyphs(String topLeft, String topRight, String bottomLeft, String bottomRight, String horizontal,
                String vertical, String teeDown, String teeUp, String teeRight, String teeLeft, String cross,
                String headerRule, String h1Rule, String h2Rule, String quote, String continuation,
                String[] bullets) {
            this.topLeft = topLeft;
            this.topRight = topRight;
            this.bottomLeft = bottomLeft;
            this.bottomRight = bottomRight;
            this.horizontal = horizontal;
            this.vertical = vertical;
            this.teeDown = teeDown;
            this.teeUp = teeUp;
            this.teeRight = teeRight;
            this.teeLeft = teeLeft;
            this.cross = cross;
            this.headerRule = headerRule;
            this.h1Rule = h1Rule;
            this.h2Rule = h2Rule;
            this.quote = quote;
            this.continuation = continuation;
            this.bullets = bullets;
        }

        /** The bullet for a list nested this deep (0 = outermost). */
        String bullet(int depth) {
            return bullets[Math.floorMod(depth, bullets.length)];
        }
    }
}
