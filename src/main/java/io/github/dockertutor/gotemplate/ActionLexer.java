package io.github.dockertutor.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** Splits the inside of one {@code {{ … }}} action into tokens, as Go's template lexer does. */
final class ActionLexer {
    private ActionLexer() {
    }

    static List<Token> lex(String action) throws TemplateException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean space = true;
        while (i < action.length()) {
            char c = action.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (c == '.' && i + 1 < action.length() && isIdentStart(action.charAt(i + 1))) {
                i++;
                while (i < action.length() && (isIdentPart(action.charAt(i))
                        || (action.charAt(i) == '.' && i + 1 < action.length() && isIdentStart(action.charAt(i + 1))))) {
                    i++;
                }
                type = Token.Type.FIELD;
            } else if (c == '.' && (i + 1 >= action.length() || !Character.isDigit(action.charAt(i + 1)))) {
                i++;
                type = Token.Type.DOT;
            } else if (c == '$') {
                i++;
                while (i < action.length() && isIdentPart(action.charAt(i))) {
                    i++;
                }
                type = Token.Type.VARIABLE;
            } else if (isIdentStart(c)) {
                while (i < action.length() && isIdentPart(action.charAt(i))) {
                    i++;
                }
                type = Token.Type.IDENT;
            } else if (c == '"') {
                i = quoted(action, i);
                type = Token.Type.STRING;
            } else if (c == '`') {
                int close = action.indexOf('`', i + 1);
                if (close < 0) {
                    throw new TemplateException(TemplateException.Kind.SYNTAX, "unterminated raw quoted string");
                }
                i = close + 1;
                type = Token.Type.STRING;
            } else if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < action.length()
                    && Character.isDigit(action.charAt(i + 1)))) {
                i++;
                while (i < action.length() && (Character.isLetterOrDigit(action.charAt(i)) || action.charAt(i) == '.'
                        || action.charAt(i) == '_')) {
                    i++;
                }
                type = Token.Type.NUMBER;
            } else if (c == '(') {
                i++;
                type = Token.Type.LPAREN;
            } else if (c == ')') {
                i++;
                type = Token.Type.RPAREN;
            } else if (c == '|') {
                i++;
                type = Token.Type.PIPE;
            } else if (c == ',') {
                i++;
                type = Token.Type.COMMA;
            } else if (c == ':' && i + 1 < action.length() && action.charAt(i + 1) == '=') {
                i += 2;
                type = Token.Type.DECLARE;
            } else if (c == '=') {
                i++;
                type = Token.Type.ASSIGN;
            } else {
                throw new TemplateException(TemplateException.Kind.SYNTAX, "unexpected \"" + c + "\" in command");
            }
            tokens.add(new Token(type, action.substring(start, i), space));
            space = false;
        }
        return tokens;
    }

    private static int quoted(String action, int open) throws TemplateException {
        int i = open + 1;
        while (i < action.length()) {
            char c = action.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new TemplateException(TemplateException.Kind.SYNTAX, "unterminated quoted string");
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
