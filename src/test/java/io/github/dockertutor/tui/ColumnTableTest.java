package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.render.Columns;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ColumnTableTest {
    @Test
    void dockerStyleIsWidestCellPlusThreeAndAtLeastTen() {
        List<String> lines = ColumnTable.dockerStyle()
                .row("REPOSITORY", "TAG", "SIZE")
                .row("busybox", "latest", "1.98MB")
                .lines();
        assertEquals(List.of(
                "REPOSITORY   TAG       SIZE",
                "busybox      latest    1.98MB"), lines);
    }

    @Test
    void chineseCellsAlignByColumnsNotChars() {
        List<String> lines = ColumnTable.withGap(2)
                .row("編號", "標題", "狀態")
                .row("01", "為什麼需要 Docker", "完成")
                .row("02", "Dockerfile、映像檔與容器", "進行中")
                .row("10", "Short", "—")
                .lines();
        // each column starts at the same terminal column on every line
        List<Integer> starts = null;
        for (String line : lines) {
            List<Integer> mine = cellStarts(line);
            if (starts == null) {
                starts = mine;
            }
            assertEquals(starts, mine, "misaligned: " + lines);
        }
        assertEquals(List.of(0, 6, 32), starts);
    }

    /** The column where each cell starts: after a run of 2+ spaces, measured with WCWidth. */
    private static List<Integer> cellStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int col = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                spaces++;
            } else {
                if (spaces >= 2) {
                    starts.add(col);
                }
                spaces = 0;
            }
            col += Columns.of(String.valueOf(c));
        }
        return starts;
    }

    @Test
    void noTrailingSpacesEvenWhenTheLastCellIsEmpty() {
        List<String> lines = ColumnTable.dockerStyle().row("A", "B", "C").row("x", "", "").lines();
        assertEquals("x", lines.get(1));
        for (String line : lines) {
            assertFalse(line.endsWith(" "), "'" + line + "'");
        }
    }

    @Test
    void fitToCutsTheLastColumnWithAnEllipsisInColumns() {
        List<String> lines = ColumnTable.withGap(2)
                .row("01", "一個非常非常非常長的中文標題會超過四十欄的寬度")
                .fitTo(20)
                .lines();
        // 16 columns are left; seven CJK characters take 14 and the ellipsis one: an eighth would not fit
        assertEquals("01  一個非常非常非…", lines.get(0));
        assertTrue(Columns.of(lines.get(0)) <= 20);
    }

    @Test
    void stylesOfCellsSurvive() {
        AttributedString header = new AttributedString("TITLE", AttributedStyle.BOLD);
        List<AttributedString> lines = ColumnTable.withGap(1)
                .row(header, new AttributedString("X"))
                .row(new AttributedString("ab"), new AttributedString("Y"))
                .render();
        assertEquals(AttributedStyle.BOLD, lines.get(0).styleAt(0));
        assertEquals("TITLE X", lines.get(0).toString());
        assertEquals("ab    Y", lines.get(1).toString());
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        List<String> lines = ColumnTable.withGap(1).row("a\u001b[31mb", "c").lines();
        assertFalse(lines.get(0).contains("\u001b"), lines.get(0));
    }
}
