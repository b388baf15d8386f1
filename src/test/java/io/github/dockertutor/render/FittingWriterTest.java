package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FittingWriterTest {
    @Test
    void everyLineIsFittedToTheWidthOfTheMomentAndStyledLinesThatFitPassUntouched() {
        StringWriter screen = new StringWriter();
        AtomicInteger width = new AtomicInteger(20);
        PrintWriter out = new PrintWriter(new FittingWriter(screen, width::get));
        out.println("\u001b[1mbold text that fits\u001b[0m");
        out.println("  - a line far too wide for twenty columns");
        width.set(80);
        out.print("  - a line far too wide for twenty columns");
        out.flush();
        assertEquals("\u001b[1mbold text that fits\u001b[0m\n  - a line far too\n    wide for twenty\n    columns\n",
                screen.toString(), "text after the last line end waits");
        out.close();
        assertEquals("  - a line far too wide for twenty columns\n",
                screen.toString().substring(screen.toString().indexOf("columns\n") + "columns\n".length()));
    }

    @Test
    void escapeSequencesTakeNoColumns() {
        assertEquals(4, FittingWriter.visibleColumns("\u001b[33mcode\u001b[0m"));
        assertEquals(4, FittingWriter.visibleColumns("\u001b]8;;https://x.y\u001b\\link\u001b]8;;\u001b\\"));
        assertEquals(4, FittingWriter.visibleColumns("中文"));
    }
}
