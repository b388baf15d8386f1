package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Data shown on a terminal: control characters and reordering characters escaped, everything else as it is. */
class PrintableTest {
    @Test
    void controlCharactersAreShownEscapedAndLineEndsBecomeSpaces() {
        assertEquals("a\\x1B]0;x\\x07b", Columns.printable("a\u001b]0;x\u0007b"));
        assertEquals("a b c", Columns.printable("a\tb\nc"));
        assertEquals("\\x7F\\x9B", Columns.printable("\u007f\u009b"));
    }

    @Test
    void bidiOverridesIsolatesAndLineSeparatorsAreShownEscaped() {
        assertEquals("\\u202Eexe.txt", Columns.printable("\u202eexe.txt"));
        assertEquals("\\u2066a\\u2069\\u200F\\u2028", Columns.printable("\u2066a\u2069\u200f\u2028"));
    }

    @Test
    void ordinaryTextIsLeftAsItIsEvenCjkAndEmojiSequences() {
        String text = "映像檔 busybox:latest 👩‍💻 é";
        assertSame(text, Columns.printable(text));
    }
}
