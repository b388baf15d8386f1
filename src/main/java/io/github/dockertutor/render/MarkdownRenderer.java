package io.github.dockertutor.render;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;

/**
 * Renders CommonMark with GFM tables and strikethrough to terminal lines, none wider than
 * {@link RenderOptions#width()} columns (for any width of 20 or more; narrower widths degrade but
 * never fail). Print each line with {@code toAnsi(terminal)} or, in plain mode, {@code toString()}.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create());

    private final RenderOptions options;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final BlockRenderer blocks;

    public MarkdownRenderer(RenderOptions options) {
        this.options = options;
        this.blocks = new BlockRenderer(Theme.of(options.color()), options);
    }

    public RenderOptions options() {
        return options;
    }

    /** Renders Markdown source to lines, without a trailing blank line. */
    public List<AttributedString> render(String markdown) {
        return render(parser.parse(markdown == null ? "" : markdown));
    }

    /** Renders an already parsed document (or any block node) to lines. */
    public List<AttributedString> render(Node node) {
        return blocks.render(node, options.width());
    }

    /**
     * A block of code as a lesson shows it: a command or a Dockerfile the learner may type, never
     * cut ({@code language} as in a fence's info string: bash, dockerfile, html, text).
     */
    public List<AttributedString> code(String language, String literal) {
        FencedCodeBlock block = new FencedCodeBlock();
        block.setInfo(language);
        block.setLiteral(literal.endsWith("\n") ? literal : literal + "\n");
        return render(block);
    }

    /** A parser with the same extensions, for callers that want the syntax tree themselves. */
    public static Parser parser() {
        return Parser.builder().extensions(EXTENSIONS).build();
    }
}
