package io.github.dockertutor.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * OSC 8 hyperlinks as hidden (zero-column) characters. A link wrapped over several lines is
 * closed at each line's end and reopened on the next, so nothing printed between lines (a prefix,
 * a border) becomes part of the link.
 */
final class Hyperlinks {
    private static final String OPEN_PREFIX = "\u001b]8;;";
    private static final String TERMINATOR = "\u001b\\";
    static final String CLOSE = OPEN_PREFIX + TERMINATOR;

    private Hyperlinks() {
    }

    static String open(String url) {
        return OPEN_PREFIX + encode(url) + TERMINATOR;
    }

    static void append(AttributedStringBuilder out, String sequence, AttributedStyle style) {
        out.append(sequence, style.hidden());
    }

    /** OSC 8 allows only printable ASCII in the URI: anything else is percent-encoded. */
    static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Closes links left open at a line's end and reopens them at the next line's start. */
    static List<AttributedString> balance(List<AttributedString> lines) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        String active = null;
        for (AttributedString line : lines) {
            String text = line.toString();
            if (active == null && !text.contains(OPEN_PREFIX)) {
                out.add(line);
                continue;
            }
            AttributedStringBuilder fixed = new AttributedStringBuilder();
            if (active != null) {
                append(fixed, OPEN_PREFIX + active + TERMINATOR, AttributedStyle.DEFAULT);
            }
            fixed.append(line);
            int at = text.indexOf(OPEN_PREFIX);
            while (at >= 0) {
                int end = text.indexOf(TERMINATOR, at + OPEN_PREFIX.length());
                if (end < 0) {
                    break;
                }
                String uri = text.substring(at + OPEN_PREFIX.length(), end);
                active = uri.isEmpty() ? null : uri;
                at = text.indexOf(OPEN_PREFIX, end + TERMINATOR.length());
            }
            if (active != null) {
                append(fixed, CLOSE, AttributedStyle.DEFAULT);
            }
            out.add(fixed.toAttributedString());
        }
        return out;
    }
}
