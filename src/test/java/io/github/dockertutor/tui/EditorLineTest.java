package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorLineTest {
    @Test
    void aLongLineShowsAMarkWhereItGoesOnAndNeverPassesTheEdge() {
        String cmd = "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]";
        String start = EditorLine.show(cmd, 0, 20).toString();
        assertEquals("CMD [\"httpd\", \"-f\",$", start);
        String scrolled = EditorLine.show(cmd, 30, 20).toString();
        assertEquals("$\", \"8080\", \"-h\", \"$", scrolled);
        String chinese = EditorLine.show("<h1>我的第一個映像檔</h1>", 5, 12).toString();
        assertTrue(Columns.of(chinese) <= 12, chinese);
        assertEquals("$ 的第一個 $", chinese, "the half of 我 left on screen is a space");
    }

    @Test
    void theKeysGoOnInMoreLinesAtFortyColumnsAndNoneIsSplit() {
        for (Language language : Language.values()) {
            String labels = Messages.of(language).get("editor.keys");
            List<String> lines = EditorLine.keys(labels, 40);
            for (String line : lines) {
                assertTrue(Columns.of(line) <= 40, line);
            }
            assertEquals(String.join("  ", labels.split("\\|")), String.join("  ", lines));
        }
    }
}
