package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every src/test/resources/render/CASE.md in plain mode and compares it with
 * CASE.LANG.WIDTH.txt. Run with {@code -Dgolden.update=true} to write the outputs instead, then
 * read them by eye before committing.
 */
class MarkdownRendererGoldenTest {
    private static final Pattern GOLDEN_NAME = Pattern.compile("(.+)\\.(en|zh-TW)\\.(\\d+)\\.txt");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : RenderCases.names()) {
            for (int width : RenderCases.GOLDEN_WIDTHS) {
                cases.add(Arguments.of(name, width));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @MethodSource("cases")
    void rendersAsTheGoldenFileSays(String name, int width) throws IOException {
        String actual = RenderCases.plainText(
                new MarkdownRenderer(RenderCases.options(name, width, false)).render(RenderCases.markdown(name)));
        RenderCases.assertMatchesGolden(RenderCases.golden(name, width), actual, name + ".md");
    }

    @Test
    void thereAreCasesInBothLanguages() {
        List<String> names = RenderCases.names();
        assertTrue(names.stream().anyMatch(n -> n.endsWith("-zh")), "a Chinese case");
        assertTrue(names.stream().anyMatch(n -> !n.endsWith("-zh")), "an English case");
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        List<String> names = RenderCases.names();
        try (Stream<Path> files = Files.list(RenderCases.DIR)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(file -> {
                Matcher m = GOLDEN_NAME.matcher(file);
                assertTrue(m.matches(), file + " is not named CASE.LANG.WIDTH.txt");
                String name = m.group(1);
                assertTrue(names.contains(name), file + " has no " + name + ".md");
                assertEquals(RenderCases.golden(name, Integer.parseInt(m.group(3))).getFileName().toString(), file,
                        file + " is not an output this case has");
            });
        }
        assertFalse(names.isEmpty());
    }
}
