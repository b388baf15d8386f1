package io.github.dockertutor.tui;

import java.util.Objects;
import org.jline.utils.AttributedString;

/**
 * One line of a {@link LiveArea}.
 *
 * @param text   the line as a live screen draws it, progress bar and all
 * @param status the part worth a line of its own on a screen that cannot redraw, e.g.
 *               "a1b2c3d4e5f6: Downloading" without the bytes, so a pipe gets one line per step
 */
public record LiveLine(AttributedString text, String status) {
    public LiveLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    /** A line that does not change: its status is its text. */
    public static LiveLine fixed(AttributedString text) {
        return new LiveLine(text, text.toString());
    }
}
