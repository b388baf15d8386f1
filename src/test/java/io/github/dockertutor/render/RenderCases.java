package io.github.dockertutor.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.jline.utils.AttributedString;

/** The golden-file cases: inputs in src/test/resources/render, and how to render them for tests. */
final class RenderCases {
    static final Path DIR = Path.of("src", "test", "resources", "render");
    static final int[] GOLDEN_WIDTHS = {80, 40};

    private RenderCases() {
    }

    /** Case names (file names without .md), sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case whose name ends in -zh is read in Chinese; all others in English. */
    static Language language(String name) {
        return name.endsWith("-zh") ? Language.ZH_TW : Language.EN;
    }

    static String markdown(String name) {
        try {
            return Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path golden(String name, int width) {
        return DIR.resolve(name + "." + language(name).tag() + "." + width + ".txt");
    }

    static RenderOptions options(String name, int width, boolean color) {
        return new RenderOptions(width, color, color, RenderLabels.from(Messages.of(language(name))));
    }

    static String plainText(List<AttributedString> lines) {
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) {
            text.append(line.toString()).append('\n');
        }
        return text.toString();
    }
}
