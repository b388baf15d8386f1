package io.github.dockertutor.gotemplate;

/** Go's string literals: {@code "…"} with backslash escapes, and raw {@code `…`}. */
final class GoStrings {
    private GoStrings() {
    }

    static String unquote(String literal) throws TemplateException {
        if (literal.startsWith("`")) {
            return literal.substring(1, literal.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case '"' -> out.append('"');
                case '\'' -> out.append('\'');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int length = escaped == 'x' ? 2 : escaped == 'u' ? 4 : 8;
                    try {
                        out.appendCodePoint(Integer.parseInt(literal.substring(i + 1, i + 1 + length), 16));
                    } catch (RuntimeException e) {
                        throw new TemplateException(TemplateException.Kind.SYNTAX, "invalid syntax: " + literal);
                    }
                    i += length;
                }
                default -> throw new TemplateException(TemplateException.Kind.SYNTAX, "invalid syntax: " + literal);
            }
        }
        return out.toString();
    }

    /** Go's strconv.Quote, for printf's %q. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
