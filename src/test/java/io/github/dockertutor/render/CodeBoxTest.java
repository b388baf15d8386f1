package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class CodeBoxTest {
    private static final String COMMAND = "docker run -d -p 1234:8888 --name my-web busybox httpd -f -p 8888";

    private static List<String> render(String code, String info, int width, boolean color) {
        return new CodeBox(Theme.of(color)).render(code, info, width).stream().map(AttributedString::toString).toList();
    }

    @Test
    void drawsTheLanguageInTheTopBorderAndFitsTheBoxToTheCode() {
        assertEquals(List.of(
                "+- text --------------+",
                "| docker pull busybox |",
                "+---------------------+"), render("docker pull busybox\n", "text", 80, false));
    }

    @Test
    void cutsALongLineOfOutputWithAVisibleMarkInsteadOfWrappingIt() {
        List<String> lines = render(COMMAND + "\n", "text", 40, false);
        assertEquals(3, lines.size(), "one code line stays one line");
        assertEquals("| docker run -d -p 1234:8888 --name m> |", lines.get(1));
        List<String> unicode = render(COMMAND + "\n", "text", 40, true);
        assertTrue(unicode.get(1).endsWith("→ │"), unicode.get(1));
        for (String line : unicode) {
            assertEquals(40, Columns.of(line), line);
        }
    }

    @Test
    void chineseLinesAreMeasuredInColumns() {
        List<String> lines = render("echo 你好世界\necho hi\n", "", 80, true);
        assertEquals(Columns.of(lines.get(0)), Columns.of(lines.get(1)));
        assertEquals(Columns.of(lines.get(1)), Columns.of(lines.get(2)));
        assertEquals("│ echo 你好世界 │", lines.get(1));
    }

    @Test
    void aWideCharacterAtTheEdgeLeavesRoomForTheMark() {
        List<String> lines = render("echo 一二三四五六七八九十一二三四五六七八九十\n", "", 20, false);
        assertEquals("| echo 一二三四五> |", lines.get(1));
        assertEquals(20, Columns.of(lines.get(1)));
    }
}
