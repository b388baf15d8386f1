package io.github.dockertutor.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** Reads the tokens of one action into a pipeline: {@code [$x :=] command | command …}. */
final class PipelineParser {
    private final List<Token> tokens;
    private int next;

    PipelineParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    Node.Pipeline pipeline() throws TemplateException {
        Node.Pipeline pipeline = pipelineUntil(null);
        if (next < tokens.size()) {
            throw new TemplateException(TemplateException.Kind.SYNTAX, "unexpected \"" + tokens.get(next).text()
                    + "\" in operand");
        }
        return pipeline;
    }

    private Node.Pipeline pipelineUntil(Token.Type end) throws TemplateException {
        List<String> variables = new ArrayList<>();
        boolean declares = false;
        int mark = next;
        if (peek(Token.Type.VARIABLE)) {
            List<String> names = new ArrayList<>();
            names.add(tokens.get(next++).text());
            if (peek(Token.Type.COMMA)) {
                next++;
                if (!peek(Token.Type.VARIABLE)) {
                    throw new TemplateException(TemplateException.Kind.SYNTAX, "too many declarations");
                }
                names.add(tokens.get(next++).text());
            }
            if (peek(Token.Type.DECLARE) || peek(Token.Type.ASSIGN)) {
                next++;
                variables = names;
                declares = true;
            } else {
                next = mark;
            }
        }
        List<Node.Command> commands = new ArrayList<>();
        while (true) {
            List<Node.Operand> operands = new ArrayList<>();
            while (next < tokens.size() && tokens.get(next).type() != Token.Type.PIPE
                    && tokens.get(next).type() != end) {
                operands.add(operand());
            }
            if (operands.isEmpty()) {
                throw new TemplateException(TemplateException.Kind.SYNTAX, "missing value for command");
            }
            commands.add(new Node.Command(operands));
            if (peek(Token.Type.PIPE)) {
                next++;
                continue;
            }
            break;
        }
        return new Node.Pipeline(variables, declares, commands);
    }

    private Node.Operand operand() throws TemplateException {
        Token token = tokens.get(next++);
        return switch (token.type()) {
            case FIELD -> new Node.Field(List.of(token.text().substring(1).split("\\.")));
            case DOT -> new Node.Field(List.of());
            case VARIABLE -> new Node.Variable(token.text(), chain());
            case STRING -> new Node.Literal(GoStrings.unquote(token.text()));
            case NUMBER -> new Node.Literal(number(token.text()));
            case IDENT -> switch (token.text()) {
                case "true" -> new Node.Literal(Boolean.TRUE);
                case "false" -> new Node.Literal(Boolean.FALSE);
                case "nil" -> new Node.Literal(null);
                default -> new Node.Function(token.text());
            };
            case LPAREN -> {
                Node.Pipeline inner = pipelineUntil(Token.Type.RPAREN);
                if (!peek(Token.Type.RPAREN)) {
                    throw new TemplateException(TemplateException.Kind.SYNTAX, "unclosed left paren");
                }
                next++;
                yield new Node.Parenthesized(inner, chain());
            }
            default -> throw new TemplateException(TemplateException.Kind.SYNTAX,
                    "unexpected \"" + token.text() + "\" in operand");
        };
    }

    /** Field names written right after a variable or a closing paren, with no space between. */
    private List<String> chain() {
        List<String> chain = new ArrayList<>();
        while (next < tokens.size() && tokens.get(next).type() == Token.Type.FIELD && !tokens.get(next).spaceBefore()) {
            chain.addAll(List.of(tokens.get(next++).text().substring(1).split("\\.")));
        }
        return chain;
    }

    private boolean peek(Token.Type type) {
        return next < tokens.size() && tokens.get(next).type() == type;
    }

    private static Object number(String text) throws TemplateException {
        try {
            if (text.matches("[-+]?\\d+")) {
                return Long.parseLong(text);
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new TemplateException(TemplateException.Kind.SYNTAX, "bad number syntax: \"" + text + "\"");
        }
    }
}
