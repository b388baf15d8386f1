package io.github.dockertutor.render;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Renders block nodes to lines of at most a given width. Containers (quotes, list items) render
 * their children at a smaller width and put a prefix before each line, so wrapping happens once,
 * in the leaf blocks.
 */
final class BlockRenderer {
    private final Theme theme;
    private final RenderOptions options;
    private final ListRenderer lists;
    private final TableRenderer tables;
    private final CodeBox codeBox;
    private final TypedCode typedCode;
    private final HeadingRenderer headings;

    BlockRenderer(Theme theme, RenderOptions options) {
        this.theme = theme;
        this.options = options;
        this.lists = new ListRenderer(theme, this);
        this.tables = new TableRenderer(theme, options);
        this.codeBox = new CodeBox(theme);
        this.typedCode = new TypedCode(theme);
        this.headings = new HeadingRenderer(theme, options);
    }

    /**
     * The child blocks one after another, with a blank line between them unless {@code tight}. Of
     * a drawing followed by its narrow variant, the first that fits is shown (the narrow one when
     * neither does).
     */
    List<AttributedString> renderChildren(Node parent, int width, boolean tight) {
        List<AttributedString> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node shown = child;
            if (NarrowVariant.follows(child)) {
                shown = NarrowVariant.fits(child, width) ? child : child.getNext();
                child = child.getNext();
            }
            List<AttributedString> lines = render(shown, width);
            if (lines.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !tight) {
                out.add(AttributedString.EMPTY);
            }
            out.addAll(lines);
        }
        return out;
    }

    List<AttributedString> render(Node block, int width) {
        if (block instanceof Paragraph) {
            return paragraph(block, width);
        } else if (block instanceof Heading) {
            return headings.render((Heading) block, width);
        } else if (block instanceof FencedCodeBlock) {
            FencedCodeBlock code = (FencedCodeBlock) block;
            String language = CodeBox.language(code.getInfo());
            return TypedCode.Kind.of(language)
                    .map(kind -> typedCode.render(code.getLiteral(), language, kind, width))
                    .orElseGet(() -> codeBox.render(code.getLiteral(), code.getInfo(), width));
        } else if (block instanceof IndentedCodeBlock) {
            return codeBox.render(((IndentedCodeBlock) block).getLiteral(), "", width);
        } else if (block instanceof ListBlock) {
            return lists.render((ListBlock) block, width);
        } else if (block instanceof BlockQuote) {
            return quote((BlockQuote) block, width);
        } else if (block instanceof TableBlock) {
            return tables.render((TableBlock) block, width);
        } else if (block instanceof ThematicBreak) {
            return List.of(new AttributedString(Columns.repeat(theme.glyphs.horizontal, Math.max(1, width)),
                    theme.border()));
        } else if (block instanceof HtmlBlock) {
            return html((HtmlBlock) block, width);
        } else if (block instanceof LinkReferenceDefinition) {
            return List.of();
        }
        return renderChildren(block, width, false);
    }

    private List<AttributedString> paragraph(Node paragraph, int width) {
        AttributedString text = InlineRenderer.render(paragraph, theme, options, AttributedStyle.DEFAULT);
        if (text.length() == 0) {
            return List.of();
        }
        return Hyperlinks.balance(LineWrapper.wrap(text, width));
    }

    private List<AttributedString> quote(BlockQuote quote, int width) {
        String bar = theme.glyphs.quote;
        boolean indent = width - Columns.of(bar) >= Indent.MIN_CONTENT;
        List<AttributedString> content = renderChildren(quote, indent ? width - Columns.of(bar) : width, false);
        if (!indent) {
            return content;
        }
        AttributedString prefix = new AttributedString(bar, theme.quoteBar());
        if (content.isEmpty()) {
            return List.of(Indent.trimEnd(prefix));
        }
        return Indent.prefix(content, prefix, prefix, true);
    }

    /** Raw HTML is shown as the text it is, since a terminal cannot draw it. */
    private List<AttributedString> html(HtmlBlock html, int width) {
        String literal = html.getLiteral() == null ? "" : html.getLiteral().stripTrailing();
        List<AttributedString> out = new ArrayList<>();
        for (String line : literal.split("\n", -1)) {
            out.addAll(LineWrapper.wrap(new AttributedString(Columns.printable(line), theme.placeholder()), width));
        }
        return out;
    }
}
