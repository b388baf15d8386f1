package io.github.dockertutor.render;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Turns the inline children of a block (a paragraph, a heading, a table cell) into one styled
 * string; a hard line break becomes {@code '\n'}, which the {@link LineWrapper} honours.
 */
final class InlineRenderer extends AbstractVisitor {
    private final Theme theme;
    private final RenderOptions options;
    private final AttributedStringBuilder out = new AttributedStringBuilder();
    private AttributedStyle style;

    private InlineRenderer(Theme theme, RenderOptions options, AttributedStyle base) {
        this.theme = theme;
        this.options = options;
        this.style = base;
    }

    static AttributedString render(Node parent, Theme theme, RenderOptions options, AttributedStyle base) {
        InlineRenderer renderer = new InlineRenderer(theme, options, base);
        renderer.visitChildren(parent);
        return renderer.out.toAttributedString();
    }

    private void text(String text) {
        out.append(Columns.printable(text), style);
    }

    private void styled(AttributedStyle inner, Node node) {
        AttributedStyle outer = style;
        style = inner;
        visitChildren(node);
        style = outer;
    }

    @Override
    public void visit(Text text) {
        text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        // a short command's spaces are kept ones, so no line breaks inside `answer c` or `docker pull`;
        // a longer one breaks at its spaces, one with Chinese in it (`cat 檔名`) as Chinese text does
        String literal = LineWrapper.keptTogether(Columns.printable(code.getLiteral()));
        if (theme.color) {
            out.append(literal, theme.code());
        } else {
            // without color the backticks are the only sign that this is something to type
            text("`" + literal + "`");
        }
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled(theme.italic(style), emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled(theme.bold(style), strong);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof Strikethrough) {
            if (theme.color) {
                styled(theme.crossedOut(style), node);
            } else {
                // struck-out text says the opposite of itself: keep the marks when there is no style
                text("~~");
                visitChildren(node);
                text("~~");
            }
        } else {
            visitChildren(node);
        }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        // Chinese lines joined by a soft break get no space between them, English ones do
        int before = lastVisible();
        int after = firstVisible(softLineBreak.getNext());
        if (!(before >= 0 && after >= 0 && BreakRules.isWide(before) && BreakRules.isWide(after))) {
            text(" ");
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append("\n", style);
    }

    @Override
    public void visit(HtmlInline html) {
        text(html.getLiteral());
    }

    @Override
    public void visit(Link link) {
        String url = Columns.printable(link.getDestination() == null ? "" : link.getDestination());
        boolean escapes = options.linksAsEscapes() && !url.isBlank();
        if (escapes) {
            Hyperlinks.append(out, Hyperlinks.open(url), style);
        }
        styled(theme.link(style), link);
        if (escapes) {
            Hyperlinks.append(out, Hyperlinks.CLOSE, style);
        }
        String text = plainText(link);
        if (!url.isBlank() && !url.equals(text) && !url.equals("mailto:" + text)) {
            out.append(" (", style);
            out.append(url, theme.url());
            out.append(")", style);
        }
    }

    @Override
    public void visit(Image image) {
        String alt = plainText(image).trim();
        out.append("[" + Columns.printable(options.labels().image(alt)) + "]", theme.placeholder());
    }

    private int lastVisible() {
        for (int i = out.length() - 1; i >= 0; i--) {
            if (!out.isHidden(i) && !Character.isLowSurrogate(out.charAt(i))) {
                return out.codePointAt(i);
            }
        }
        return -1;
    }

    private static int firstVisible(Node node) {
        for (Node n = node; n != null; n = n.getFirstChild()) {
            String literal = n instanceof Text ? ((Text) n).getLiteral()
                    : n instanceof Code ? ((Code) n).getLiteral() : null;
            if (literal != null) {
                return literal.isEmpty() ? -1 : literal.codePointAt(0);
            }
        }
        return -1;
    }

    /** The text of a node's children without any styling, as an image's alt text. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak s) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak h) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
