package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Markdown no one here wrote: every CommonMark and GFM spec example, at several widths, both modes. */
class SpecExamplesTest {
    private static final int[] WIDTHS = {20, 40, 80};

    @Test
    void everySpecExampleRendersWithinTheWidthQuickly() {
        List<Example> examples = new ArrayList<>(ExampleReader.readExamples(TestResources.getSpec()));
        examples.addAll(ExampleReader.readExamples(TestResources.getGfmSpec()));
        assertTrue(examples.size() > 1000, "found only " + examples.size() + " examples");
        long started = System.nanoTime();
        int renders = 0;
        for (Language language : Language.values()) {
            RenderLabels labels = RenderLabels.from(Messages.of(language));
            for (boolean color : new boolean[] {false, true}) {
                for (int width : WIDTHS) {
                    MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(width, color, color, labels));
                    for (Example example : examples) {
                        List<AttributedString> lines = renderer.render(example.getSource());
                        renders++;
                        for (AttributedString line : lines) {
                            String where = example.getSection() + " " + example.getInfo() + " at " + width
                                    + (color ? " color: " : " plain: ") + line;
                            assertTrue(line.columnLength() <= width, where);
                            if (!color) {
                                assertEquals(-1, line.toString().indexOf('\u001b'), where);
                            }
                        }
                    }
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("rendered " + renders + " spec examples in " + millis + " ms");
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void tinyWidthsNeverFail() {
        List<Example> examples = new ArrayList<>(ExampleReader.readExamples(TestResources.getSpec()));
        examples.addAll(ExampleReader.readExamples(TestResources.getGfmSpec()));
        RenderLabels labels = RenderLabels.from(Messages.of(Language.ZH_TW));
        for (int width : new int[] {1, 2, 5, 11}) {
            MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(width, true, true, labels));
            for (Example example : examples) {
                assertDoesNotThrow(() -> renderer.render(example.getSource()), example.toString());
            }
        }
    }
}
