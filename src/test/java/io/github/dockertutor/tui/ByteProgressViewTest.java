package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a pipe, a pack's progress is eleven status lines however often it is told, and tells the end. */
class ByteProgressViewTest {
    @Test
    void aPipeGetsOneLinePerTenthEvenWhenToldEveryFewBytes() {
        StringWriter out = new StringWriter();
        long total = 10_000_000;
        try (ByteProgressView view = new ByteProgressView(new PlainScreen(new PrintWriter(out, true), 80), "Loading", total)) {
            for (long done = 4096; done < total; done += 4096) {
                view.update(done);
            }
            view.update(total);
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(11, lines.size(), out.toString());
        assertEquals("Loading 0%", lines.get(0));
        assertEquals("Loading 100%", lines.get(10));
    }

    @Test
    void anUnknownTotalPrintsItsLabelOnce() {
        StringWriter out = new StringWriter();
        try (ByteProgressView view = new ByteProgressView(new PlainScreen(new PrintWriter(out, true), 80), "Exporting", 0)) {
            for (long done = 1; done < 1000; done++) {
                view.update(done * 512);
            }
        }
        assertEquals(List.of("Exporting"), out.toString().lines().toList());
    }
}
