package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.util.List;

import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What must hold for every golden input at every width from 20 to 120, in color and plain. */
class RenderPropertiesTest {

    static List<String> names() {
        return RenderCases.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void noLineIsWiderThanTheWidth(String name) {
        String markdown = RenderCases.markdown(name);
        for (boolean color : new boolean[] {false, true}) {
            for (int width = 20; width <= 120; width++) {
                List<AttributedString> lines =
                        new MarkdownRenderer(RenderCases.options(name, width, color)).render(markdown);
                assertFalse(lines.isEmpty());
                for (AttributedString line : lines) {
                    assertTrue(line.columnLength() <= width,
                            "width " + width + ", color " + color + ": " + line.columnLength() + " columns: " + line);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void noTextStartsWithClosingPunctuation(String name) {
        String markdown = RenderCases.markdown(name);
        for (int width = 20; width <= 120; width++) {
            for (AttributedString line : new MarkdownRenderer(RenderCases.options(name, width, true)).render(markdown)) {
                // each table cell and each quoted line starts a text of its own
                for (String part : line.toString().split("[│|]")) {
                    String text = part.strip();
                    assertTrue(text.isEmpty() || !BreakRules.isCjkClosing(text.codePointAt(0)),
                            "width " + width + ": " + line);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void plainModeHasNoEscapeSequences(String name) {
        String markdown = RenderCases.markdown(name);
        for (int width = 20; width <= 120; width += 7) {
            for (AttributedString line : new MarkdownRenderer(RenderCases.options(name, width, false)).render(markdown)) {
                assertEquals(-1, line.toString().indexOf('\u001b'), line.toString());
                assertEquals(line.toString(), line.toAnsi(), "a style in plain mode");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyLineOfATableOrCodeBoxHasTheSameWidth(String name) {
        Node document = MarkdownRenderer.parser().parse(RenderCases.markdown(name));
        List<Node> boxes = RenderCases.boxes(document);
        assertFalse(boxes.isEmpty(), name + " has no table or code block to check");
        for (boolean color : new boolean[] {false, true}) {
            for (int width = 20; width <= 120; width++) {
                BlockRenderer renderer = new BlockRenderer(Theme.of(color), RenderCases.options(name, width, color));
                for (Node box : boxes) {
                    List<AttributedString> lines = renderer.render(box, width);
                    int first = lines.get(0).columnLength();
                    for (AttributedString line : lines) {
                        assertEquals(first, line.columnLength(), "width " + width + ": " + line);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void narrowWidthsDegradeWithoutFailing(String name) {
        String markdown = RenderCases.markdown(name);
        for (boolean color : new boolean[] {false, true}) {
            for (int width = -1; width < 20; width++) {
                RenderOptions options = RenderCases.options(name, width, color);
                assertDoesNotThrow(() -> new MarkdownRenderer(options).render(markdown), "width " + options.width());
            }
        }
    }

    /**
     * A short command in a code span is read, and typed, from one line, with or without color and
     * at every width; it comes out with plain spaces, so what is copied from the screen runs, and
     * no line ends in a space.
     */
    @Test
    void aShortCommandInACodeSpanIsNeverSplitAcrossLines() {
        String markdown = "請輸入 `answer a`、`answer b` 或 `answer c`。用 `cat 檔名` 看檔案，"
                + "Type `docker pull busybox`, then `docker run -d -p 8080:80 busybox`.";
        // `cat 檔名` may break as Chinese does; the long `docker run` at its spaces
        List<String> commands = List.of("answer a", "answer b", "answer c", "docker pull busybox");
        for (boolean color : new boolean[] {false, true}) {
            for (int width = 24; width <= 80; width++) {
                RenderOptions options = new RenderOptions(width, color, false, RenderLabels.from(Messages.of(Language.ZH_TW)));
                List<String> lines = new MarkdownRenderer(options).render(markdown).stream().map(AttributedString::toString).toList();
                for (String command : commands) {
                    assertTrue(lines.stream().anyMatch(line -> line.contains(command)),
                            (color ? "color, " : "plain, ") + width + " columns, " + command + ": " + lines);
                }
                for (String line : lines) {
                    assertEquals(-1, line.indexOf(LineWrapper.KEPT_SPACE), "a kept space on the screen: " + line);
                    assertTrue(Columns.of(line) <= width && !line.endsWith(" "), width + ": [" + line + "]");
                }
            }
        }
    }
}
