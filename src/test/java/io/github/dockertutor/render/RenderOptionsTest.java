package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {

    @Test
    void colorIsOffWithNoColorSetToAnyValueOrOnADumbTerminal() {
        assertTrue(RenderOptions.colorWanted(null, "xterm-256color"));
        assertTrue(RenderOptions.colorWanted(null, null));
        assertFalse(RenderOptions.colorWanted("1", "xterm-256color"));
        assertFalse(RenderOptions.colorWanted("", "xterm-256color"));
        assertFalse(RenderOptions.colorWanted(null, "dumb"));
    }

    @Test
    void imageLabelsComeFromTheMessages() {
        assertEquals("image: a diagram", RenderLabels.from(Messages.of(Language.EN)).image("a diagram"));
        assertEquals("圖片：架構圖", RenderLabels.from(Messages.of(Language.ZH_TW)).image("架構圖"));
        assertEquals("圖片", RenderLabels.from(Messages.of(Language.ZH_TW)).image(""));
    }

    @Test
    void linksBecomeEscapesOnlyWithColorAndHyperlinks() {
        RenderLabels labels = RenderLabels.from(Messages.of(Language.EN));
        String link = "[docs](https://docs.docker.com/)";
        String colored = new MarkdownRenderer(new RenderOptions(80, true, true, labels)).render(link).get(0).toAnsi();
        assertTrue(colored.contains("\u001b]8;;https://docs.docker.com/\u001b\\"), colored);
        String noLinks = new MarkdownRenderer(new RenderOptions(80, true, false, labels)).render(link).get(0).toAnsi();
        assertFalse(noLinks.contains("\u001b]8"), noLinks);
        String plain = new MarkdownRenderer(new RenderOptions(80, false, true, labels)).render(link).get(0).toAnsi();
        assertEquals("docs (https://docs.docker.com/)", plain);
    }

    @Test
    void aLinkWrappedOverLinesIsClosedAndReopenedOnEachLine() {
        RenderLabels labels = RenderLabels.from(Messages.of(Language.EN));
        var lines = new MarkdownRenderer(new RenderOptions(20, true, true, labels))
                .render("see [the docker docs for beginners](https://docs.docker.com/)");
        int linked = 0;
        for (var line : lines) {
            String text = line.toString();
            int opens = text.split("\u001b]8;;h", -1).length - 1;
            int closes = text.split("\u001b]8;;\u001b", -1).length - 1;
            assertEquals(opens, closes, text.replace('\u001b', '^'));
            linked += opens;
        }
        assertTrue(linked >= 2, "the link text spans lines");
    }
}
