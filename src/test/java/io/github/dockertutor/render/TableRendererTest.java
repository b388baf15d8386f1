package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.junit.jupiter.api.Test;

class TableRendererTest {
    private static final String TABLE = "| 指令 | 用途 |\n|---|---:|\n| `docker ps` | 列出容器 |\n| ls | 列出檔案與資料夾 |\n";

    private static List<String> render(String markdown, int width) {
        RenderOptions options = RenderOptions.plain(width, RenderLabels.from(Messages.of(Language.ZH_TW)));
        return new MarkdownRenderer(options).render(markdown).stream().map(Object::toString).toList();
    }

    @Test
    void alignsChineseCellsByColumnsAndHonoursAlignment() {
        assertEquals(List.of(
                "+-------------+------------------+",
                "| 指令        |             用途 |",
                "+=============+==================+",
                "| `docker ps` |         列出容器 |",
                "| ls          | 列出檔案與資料夾 |",
                "+-------------+------------------+"), render(TABLE, 80));
    }

    @Test
    void wrapsCellTextInsideTheCellWhenTheTableIsTooWide() {
        List<String> lines = render(TABLE, 24);
        for (String line : lines) {
            assertEquals(24, Columns.of(line), line);
        }
        assertTrue(lines.size() > 6, "some cell wrapped");
    }

    @Test
    void showsRecordsWhenNotEvenNarrowColumnsFit() {
        String wide = "| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 |\n";
        List<String> lines = render(wide, 20);
        assertEquals(List.of("a: 1", "b: 2", "c: 3", "d: 4", "e: 5", "f: 6"), lines);
    }
}
