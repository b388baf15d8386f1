package io.github.dockertutor.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads template text into {@link Node}s as Go's text/template/parse does: actions between
 * {@code {{ }}}, {@code {{-} and {@code -}}} trimming the blank space beside them, {@code /* comments *}{@code /},
 * and the control words range, if, else, with and end. {@code define}, {@code template},
 * {@code block}, {@code break} and {@code continue} are refused as not run here.
 */
final class TemplateParser {
    private static final Set<String> NOT_RUN = Set.of("define", "template", "block", "break", "continue");

    /** One action's tokens, or a piece of text. */
    private record Piece(String text, List<Token> tokens) {
        boolean isText() {
            return tokens == null;
        }

        String keyword() {
            return tokens != null && !tokens.isEmpty() && tokens.get(0).type() == Token.Type.IDENT
                    ? tokens.get(0).text() : "";
        }
    }

    private final List<Piece> pieces;
    private int next;

    private TemplateParser(List<Piece> pieces) {
        this.pieces = pieces;
    }

    static List<Node> parse(String text) throws TemplateException {
        TemplateParser parser = new TemplateParser(split(text));
        List<Node> nodes = parser.list();
        if (parser.next < parser.pieces.size()) {
            throw new TemplateException(TemplateException.Kind.SYNTAX,
                    "unexpected {{" + parser.pieces.get(parser.next).keyword() + "}}");
        }
        return nodes;
    }

    /** Text and actions, with the trim markers applied and comments dropped. */
    private static List<Piece> split(String text) throws TemplateException {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int i = 0;
        boolean trimNext = false;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            String before = open < 0 ? text.substring(i) : text.substring(i, open);
            if (trimNext) {
                before = before.stripLeading();
                trimNext = false;
            }
            pending.append(before);
            if (open < 0) {
                break;
            }
            int bodyStart = open + 2;
            if (text.startsWith("- ", bodyStart) || text.startsWith("-\t", bodyStart) || text.startsWith("-\n", bodyStart)) {
                String kept = pending.toString().stripTrailing();
                pending.setLength(0);
                pending.append(kept);
                bodyStart++;
            }
            int close = closing(text, bodyStart);
            int bodyEnd = close;
            if (close - 1 >= bodyStart && text.charAt(close - 1) == '-' && close - 2 >= bodyStart
                    && Character.isWhitespace(text.charAt(close - 2))) {
                bodyEnd = close - 1;
                trimNext = true;
            }
            String body = text.substring(bodyStart, bodyEnd).strip();
            if (pending.length() > 0) {
                pieces.add(new Piece(pending.toString(), null));
                pending.setLength(0);
            }
            if (body.startsWith("/*")) {
                if (!body.endsWith("*/")) {
                    throw new TemplateException(TemplateException.Kind.SYNTAX, "unclosed comment");
                }
            } else {
                if (body.isEmpty()) {
                    throw new TemplateException(TemplateException.Kind.SYNTAX, "missing value for command");
                }
                pieces.add(new Piece(null, ActionLexer.lex(body)));
            }
            i = close + 2;
        }
        if (pending.length() > 0) {
            pieces.add(new Piece(pending.toString(), null));
        }
        return pieces;
    }

    /** Where the action opened before {@code from} closes, skipping "}}" inside its quoted strings. */
    private static int closing(String text, int from) throws TemplateException {
        int i = from;
        char quote = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (text.startsWith("}}", i)) {
                return i;
            }
            i++;
        }
        throw new TemplateException(TemplateException.Kind.SYNTAX, "unclosed action");
    }

    /** Nodes until {{end}} or {{else…}}, which are left for the caller. */
    private List<Node> list() throws TemplateException {
        List<Node> nodes = new ArrayList<>();
        while (next < pieces.size()) {
            Piece piece = pieces.get(next);
            if (piece.isText()) {
                nodes.add(new Node.Text(piece.text()));
                next++;
                continue;
            }
            String keyword = piece.keyword();
            if (keyword.equals("end") || keyword.equals("else")) {
                return nodes;
            }
            next++;
            List<Token> tokens = piece.tokens();
            if (NOT_RUN.contains(keyword)) {
                throw new TemplateException(TemplateException.Kind.UNSUPPORTED, "{{" + keyword + "}}");
            }
            switch (keyword) {
                case "range" -> nodes.add(control(keyword, tokens.subList(1, tokens.size())));
                case "if" -> nodes.add(control(keyword, tokens.subList(1, tokens.size())));
                case "with" -> nodes.add(control(keyword, tokens.subList(1, tokens.size())));
                default -> nodes.add(new Node.Action(new PipelineParser(tokens).pipeline()));
            }
        }
        return nodes;
    }

    private Node control(String keyword, List<Token> tokens) throws TemplateException {
        if (tokens.isEmpty()) {
            throw new TemplateException(TemplateException.Kind.SYNTAX, "missing value for " + keyword);
        }
        Node.Pipeline pipeline = new PipelineParser(tokens).pipeline();
        List<Node> body = list();
        List<Node> otherwise = List.of();
        if (next >= pieces.size()) {
            throw new TemplateException(TemplateException.Kind.SYNTAX, "unexpected EOF");
        }
        Piece closing = pieces.get(next++);
        if (closing.keyword().equals("else")) {
            List<Token> rest = closing.tokens().subList(1, closing.tokens().size());
            if (!rest.isEmpty() && rest.get(0).type() == Token.Type.IDENT
                    && (rest.get(0).text().equals("if") || rest.get(0).text().equals("with"))) {
                // {{else if x}} is an if nested in the else branch; it takes the one {{end}} they share
                otherwise = List.of(control(rest.get(0).text(), rest.subList(1, rest.size())));
                return make(keyword, pipeline, body, otherwise);
            }
            if (!rest.isEmpty()) {
                throw new TemplateException(TemplateException.Kind.SYNTAX, "unexpected \"" + rest.get(0).text()
                        + "\" in else");
            }
            otherwise = list();
            if (next >= pieces.size() || !pieces.get(next).keyword().equals("end")) {
                throw new TemplateException(TemplateException.Kind.SYNTAX, "expected end; found EOF");
            }
            next++;
        }
        return make(keyword, pipeline, body, otherwise);
    }

    private static Node make(String keyword, Node.Pipeline pipeline, List<Node> body, List<Node> otherwise) {
        return switch (keyword) {
            case "range" -> new Node.Range(pipeline, body, otherwise);
            case "if" -> new Node.If(pipeline, body, otherwise);
            default -> new Node.With(pipeline, body, otherwise);
        };
    }
}
