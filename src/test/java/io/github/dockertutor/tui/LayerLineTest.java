package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.render.Columns;
import org.junit.jupiter.api.Test;

class LayerLineTest {
    private static final String ID = "a1b2c3d4e5f6";

    private static String line(String status, long current, long total, int width) {
        return LayerLine.render(ID, status, current, total, width).toString();
    }

    @Test
    void wideScreensGetDockersFiftyCellBar() {
        // docker: percentage = int(1224000/2155000*100)/2 = 28
        assertEquals("a1b2c3d4e5f6: Downloading [" + "=".repeat(28) + ">" + " ".repeat(22) + "]  1.224MB/2.155MB",
                line("Downloading", 1_224_000, 2_155_000, 200));
        assertEquals("a1b2c3d4e5f6: Extracting [" + "=".repeat(50) + ">]  2.155MB/2.155MB",
                line("Extracting", 2_155_000, 2_155_000, 200));
    }

    @Test
    void atEightyColumnsTheBarShrinksToFillTheLine() {
        String line = line("Downloading", 1_224_000, 2_155_000, 80);
        assertEquals(80, line.length(), line);
        assertTrue(line.matches("a1b2c3d4e5f6: Downloading \\[=+> +\\]  1\\.224MB/2\\.155MB"), line);
    }

    @Test
    void atFortyColumnsTheCountsGoAndASmallBarStays() {
        String line = line("Downloading", 1_224_000, 2_155_000, 40);
        assertEquals("a1b2c3d4e5f6: Downloading [======>     ]", line);
        assertEquals("a1b2c3d4e5f6: Extracting  1.224MB/2.155MB", line("Extracting", 1_224_000, 2_155_000, 41));
        assertEquals("a1b2c3d4e5f6: Downloading 56%", line("Downloading", 1_224_000, 2_155_000, 32));
        assertEquals("a1b2c3d4e5f6: Downloa…", line("Downloading", 1_224_000, 2_155_000, 22));
    }

    @Test
    void withoutATotalOnlyTheBytesSoFar() {
        assertEquals("a1b2c3d4e5f6: Downloading  1.224MB", line("Downloading", 1_224_000, 0, 80));
        // docker drops the total when the engine reports more than it; "%8v" pads the bytes to eight
        assertEquals("a1b2c3d4e5f6: Extracting" + " ".repeat(1 + 5) + "3MB", line("Extracting", 3_000_000, 2_000_000, 80));
        assertEquals("a1b2c3d4e5f6: Pull complete", line("Pull complete", 0, 0, 80));
    }

    @Test
    void neverWiderThanTheScreen() {
        for (int width = 1; width <= 120; width++) {
            for (long current : new long[] {0, 1, 999_999, 1_224_000, 2_155_000}) {
                String line = line("Verifying Checksum", current, current == 0 ? 0 : 2_155_000, width);
                assertTrue(Columns.of(line) <= width, width + ": " + line);
                line = line("Downloading", current, 2_155_000, width);
                assertTrue(Columns.of(line) <= width, width + ": " + line);
            }
        }
    }
}
