package io.github.dockertutor.render;

import java.util.Objects;

/**
 * How to render: the width in terminal columns, whether to use ANSI styles and Unicode box
 * drawing ({@code color}), whether links become OSC 8 hyperlinks (only ever with color), and the
 * words the renderer itself prints.
 */
public record RenderOptions(int width, boolean color, boolean hyperlinks, RenderLabels labels) {

    public RenderOptions {
        Objects.requireNonNull(labels, "labels");
    }

    /** Plain text: no escape sequences at all, ASCII borders; what goes to pipes and dumb terminals. */
    public static RenderOptions plain(int width, RenderLabels labels) {
        return new RenderOptions(width, false, false, labels);
    }

    /** The same options at another width, e.g. after the terminal was resized. */
    public RenderOptions withWidth(int newWidth) {
        return new RenderOptions(newWidth, color, hyperlinks, labels);
    }

    /** Whether escape sequences for links are written: hyperlinks on a colored output only. */
    boolean linksAsEscapes() {
        return color && hyperlinks;
    }

    /**
     * Whether color is wanted: no when {@code NO_COLOR} is set to any value (https://no-color.org)
     * or the terminal type is {@code dumb}. Pass {@code System.getenv("NO_COLOR")} and the
     * terminal's type; null means unset.
     */
    public static boolean colorWanted(String noColorVariable, String terminalType) {
        if (noColorVariable != null) {
            return false;
        }
        return terminalType == null || !terminalType.trim().equalsIgnoreCase("dumb");
    }
}
