package io.github.dockertutor.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;

/** The golden-file cases: inputs in src/test/resources/render, and how to render them for tests. */
final class RenderCases {
    /** With {@code -Dgolden.update=true} golden files are written instead of compared. */
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
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

    /**
     * Compares rendered text with its golden file, or writes the file when {@link #UPDATE} is on
     * (then read it by eye before committing).
     */
    static void assertMatchesGolden(Path golden, String actual, String what) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden output " + golden + " for " + what + "; write it with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    }

    /**
     * The blocks drawn as boxes, whose lines must all be equally wide: tables, and code that is
     * read rather than typed (output, drawings).
     */
    static List<Node> boxes(Node document) {
        List<Node> boxes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                if (!typed(code)) {
                    boxes.add(code);
                }
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                boxes.add(code);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    boxes.add(block);
                }
                visitChildren(block);
            }
        });
        return boxes;
    }

    /** Code the learner types (commands, Dockerfiles, HTML), drawn between rules and never cut. */
    static List<FencedCodeBlock> typedCode(Node document) {
        List<FencedCodeBlock> typed = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                if (typed(code)) {
                    typed.add(code);
                }
            }
        });
        return typed;
    }

    static boolean typed(FencedCodeBlock code) {
        return TypedCode.Kind.of(CodeBox.language(code.getInfo())).isPresent();
    }
}
