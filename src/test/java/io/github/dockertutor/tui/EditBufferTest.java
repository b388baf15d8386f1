package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditBufferTest {
    @Test
    void cuttingTheLastLineLeavesTheCursorWhereItWasSoTypingGoesThere() {
        EditBuffer buffer = new EditBuffer("FROM busybox\nRUN mkdir -p /www");
        buffer.lastLine();
        buffer.cutLine();
        assertEquals(1, buffer.row(), "still on the line that was cut, not the one above");
        buffer.insert("COPY index.html /www/index.html");
        assertEquals("FROM busybox\nCOPY index.html /www/index.html\n", buffer.text());
        buffer.paste();
        assertEquals("FROM busybox\nCOPY index.html /www/index.html\nRUN mkdir -p /www\n", buffer.text(),
                "pasted after the text left of the cursor");
    }

    @Test
    void cutsInARowGatherTheirLines() {
        EditBuffer buffer = new EditBuffer("a\nb\nc\n");
        buffer.cutLine();
        buffer.cutLine();
        assertEquals("c\n", buffer.text());
        buffer.down(1);
        buffer.paste();
        assertEquals("c\na\nb\n", buffer.text());
    }

    @Test
    void aFileKeepsItsLineEndsAndALastLineGetsOne() {
        assertEquals("a\r\nb\r\n", new EditBuffer("a\r\nb\r\n").text());
        assertEquals("a\n\n", new EditBuffer("a\n\n").text());
        assertEquals("a\n", new EditBuffer("a").text());
        assertEquals("", new EditBuffer("").text());
        EditBuffer fresh = new EditBuffer("");
        fresh.insert("FROM busybox");
        assertEquals("FROM busybox\n", fresh.text());
    }

    @Test
    void editingKeysChangeTheTextAsInNano() {
        EditBuffer buffer = new EditBuffer("FROM busybox\n");
        assertFalse(buffer.modified());
        buffer.end();
        buffer.newline();
        buffer.insert("RUN  x");
        buffer.left();
        buffer.backspace();
        assertEquals("FROM busybox\nRUN x\n", buffer.text());
        buffer.home();
        buffer.up(1);
        buffer.end();
        buffer.delete();
        assertEquals("FROM busyboxRUN x\n", buffer.text());
        buffer.backspace();
        assertEquals("FROM busyboRUN x\n", buffer.text());
        assertTrue(buffer.modified());
        buffer.saved();
        assertFalse(buffer.modified());
    }

    @Test
    void controlCharactersNeverBecomeText() {
        EditBuffer buffer = new EditBuffer("");
        buffer.insert("a\u001b[1;5Fb\u0007c\r\nd");
        assertEquals("a[1;5Fbc\nd\n", buffer.text(), "only the escape itself is dropped here; EditorKeys drops the rest");
    }

    @Test
    void upAndDownKeepTheScreenColumnAcrossWideCharacters() {
        EditBuffer buffer = new EditBuffer("<h1>我的映像檔</h1>\nabcdefghijklmnop\n");
        buffer.down(1);
        buffer.end();
        buffer.home();
        for (int i = 0; i < 8; i++) {
            buffer.right();
        }
        assertEquals(8, buffer.screenColumn());
        buffer.up(1);
        assertEquals(8, buffer.screenColumn(), "between 的 and 映, at the same place on the screen");
        assertEquals(6, buffer.column());
    }
}
