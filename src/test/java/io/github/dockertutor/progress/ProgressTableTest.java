package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

/** The progress table lines up in terminal columns, in Chinese (CJK = 2 columns) as in English. */
class ProgressTableTest {
    private static final Messages ZH = Messages.of(Language.ZH_TW);
    private static final Messages EN = Messages.of(Language.EN);

    private static final List<LessonRow> ZH_LESSONS = List.of(
            new LessonRow("01-why-docker", "為什麼要用 Docker", List.of("a", "b")),
            new LessonRow("02-dockerfile-image-container", "Dockerfile、映像檔與容器", List.of("a", "b", "c")),
            new LessonRow("03-pull-an-image", "拉取映像檔", List.of("pull", "list", "quiz")),
            new LessonRow("04-run-a-container", "執行容器", List.of("run")),
            new LessonRow("10-mixed", "Mixed 混合 title", List.of("x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p")));

    private static Progress progress() {
        Progress progress = Progress.fresh();
        progress.startStep("03-pull-an-image", "pull", 0 + 1);
        progress.recordHint("03-pull-an-image", "pull");
        progress.completeStep("03-pull-an-image", "pull", 80_001);        // 1 min 20 s
        progress.skipStep("03-pull-an-image", "list", 90_000);            // skipped is not done
        progress.startStep("01-why-docker", "a", 100_000);
        progress.completeStep("01-why-docker", "a", 145_000);             // 45 s
        progress.startStep("10-mixed", "x", 200_000);
        progress.completeStep("10-mixed", "x", 200_000 + 3_725_000);       // 1 h 2 min
        for (int i = 0; i < 12; i++) {
            progress.recordHint("10-mixed", "x");
        }
        progress.startStep("04-run-a-container", "run", 5_000_000);       // current, running
        return progress;
    }

    @Test
    void chineseTableLinesUpAtCjkWidths() {
        List<String> lines = ProgressTable.format(ZH_LESSONS, progress(), ZH, 5_030_000, 120);
        String shown = String.join("\n", lines);

        assertEquals(ZH_LESSONS.size() + 4, lines.size(), shown); // header, rule, rows, rule, total
        assertAllSameWidth(lines, shown);
        assertColumnsEndTogether(lines, shown);
        assertTrue(lines.get(0).contains("課程") && lines.get(0).contains("步驟"), shown);
        assertTrue(row(lines, "拉取映像檔").contains("1/3"), "skipped is not done:\n" + shown);
        assertTrue(row(lines, "拉取映像檔").contains("1 分 20 秒"), shown);
        assertTrue(row(lines, "為什麼要用 Docker").contains("45 秒"), shown);
        assertTrue(row(lines, "Mixed 混合 title").contains("1 小時 2 分"), shown);
        assertTrue(row(lines, "執行容器").contains("30 秒"), "the running step counts:\n" + shown);
        assertTrue(row(lines, "總計").contains("3/20"), shown);
        assertTrue(row(lines, "總計").endsWith("  13"), shown);
    }

    @Test
    void englishTableLinesUpToo() {
        List<LessonRow> lessons = List.of(
                new LessonRow("01-why-docker", "Why Docker", List.of("a", "b")),
                new LessonRow("03-pull-an-image", "Pull an image", List.of("pull", "list", "quiz")));
        List<String> lines = ProgressTable.format(lessons, progress(), EN, 5_030_000, 80);
        String shown = String.join("\n", lines);
        assertAllSameWidth(lines, shown);
        assertColumnsEndTogether(lines, shown);
        assertTrue(row(lines, "Pull an image").contains("1 min 20 s"), shown);
        assertTrue(row(lines, "Why Docker").startsWith("1  Why Docker"), "numbered by place in the course:\n" + shown);
    }

    @Test
    void aNarrowTerminalShortensTitlesButKeepsTheColumns() {
        int width = 36;
        List<String> lines = ProgressTable.format(ZH_LESSONS, progress(), ZH, 5_030_000, width);
        String shown = String.join("\n", lines);
        assertAllSameWidth(lines, shown);
        for (String line : lines) {
            assertTrue(columns(line) <= width, "wider than " + width + ":\n" + shown);
        }
        assertTrue(shown.contains(Columns.ELLIPSIS), shown);
    }

    @Test
    void durationsReadNaturallyInBothLanguages() {
        assertEquals("-", Durations.format(0, EN));
        assertEquals("59 s", Durations.format(59_999, EN));
        assertEquals("1 min 20 s", Durations.format(80_000, EN));
        assertEquals("1 分 20 秒", Durations.format(80_000, ZH));
        assertEquals("2 h 5 min", Durations.format((2 * 3600 + 5 * 60 + 9) * 1000L, EN));
        assertEquals("2 小時 5 分", Durations.format((2 * 3600 + 5 * 60 + 9) * 1000L, ZH));
    }

    private static void assertAllSameWidth(List<String> lines, String shown) {
        Set<Integer> widths = new TreeSet<>();
        for (String line : lines) {
            widths.add(columns(line));
        }
        assertEquals(1, widths.size(), "line widths " + widths + ":\n" + shown);
    }

    /** The steps, time and hints cells of every row end at the same terminal column as the header's. */
    private static void assertColumnsEndTogether(List<String> lines, String shown) {
        List<int[]> ends = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("-")) {
                continue;
            }
            String[] cells = line.strip().split(" {2,}");
            int[] cellEnds = new int[3];
            int end = line.length();
            for (int c = 2; c >= 0; c--) {
                String cell = cells[cells.length - 3 + c];
                int start = line.lastIndexOf(cell, end - cell.length());
                cellEnds[c] = columns(line.substring(0, start + cell.length()));
                end = start;
            }
            ends.add(cellEnds);
        }
        for (int[] cellEnds : ends) {
            assertEquals(java.util.Arrays.toString(ends.get(0)), java.util.Arrays.toString(cellEnds), shown);
        }
    }

    /** Measured here with WCWidth itself, not with the code under test. */
    private static int columns(String text) {
        return text.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }

    private static String row(List<String> lines, String title) {
        return lines.stream().filter(line -> line.contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + ":\n" + String.join("\n", lines)));
    }
}
