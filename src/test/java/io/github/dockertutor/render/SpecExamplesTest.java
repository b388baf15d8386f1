package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Markdown no one here wrote: every CommonMark and GFM spec example, at several widths, both modes. */
class SpecExamplesTest {
    private static final int[] WIDTHS = {20, 40, 80};

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)   // against a renderer that loops; speed is for benchmarks
    void everySpecExampleRendersWithinTheWidth() {
        List<Example> examples = new ArrayList<>(ExampleReader.readExamples(TestResources.getSpec()));
        examples.addAll(ExampleReader.readExamples(TestResources.getGfmSpec()));
        assertTrue(examples.size() > 1000, "found only " + examples.size() + " examples");
        for (Language language : Language.values()) {
            RenderLabels labels = RenderLabels.from(Messages.of(language));
            for (boolean color : new boolean[] {false, true}) {
                for (int width : WIDTHS) {
                    MarkdownRenderer renderer = new MarkdownRenderer(new RenderOptions(width, color, color, labels));
                    for (Example example : examples) {
                        List<AttributedString> lines = renderer.render(example.getSource());
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
