package io.github.dockertutor.gotemplate;

import java.util.List;

/** Go's Sprintf for the verbs templates use: %s, %v, %d, %q, %t, %x and %%, with a width and a precision. */
final class Printf {
    private Printf() {
    }

    static String format(String format, List<Object> args) throws TemplateException {
        StringBuilder out = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i + 1;
            int j = start;
            while (j < format.length() && (Character.isDigit(format.charAt(j)) || format.charAt(j) == '-'
                    || format.charAt(j) == '.')) {
                j++;
            }
            if (j >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            String width = format.substring(start, j);
            char verb = format.charAt(j);
            i = j;
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (arg >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object value = args.get(arg++);
            String text = switch (verb) {
                case 's', 'v', 'd', 't' -> GoValues.print(value);
                case 'q' -> GoStrings.quote(GoValues.print(value));
                case 'x' -> value instanceof Number n ? Long.toHexString(n.longValue())
                        : hex(GoValues.print(value));
                default -> throw new TemplateException(TemplateException.Kind.UNSUPPORTED, "printf %" + verb);
            };
            int dot = width.indexOf('.');
            if (dot >= 0) {
                String precision = width.substring(dot + 1);
                width = width.substring(0, dot);
                if (!precision.isEmpty() && (verb == 's' || verb == 'v')) {
                    int keep = Integer.parseInt(precision);
                    text = text.codePointCount(0, text.length()) <= keep ? text
                            : text.substring(0, text.offsetByCodePoints(0, keep));
                }
            }
            out.append(pad(text, width));
        }
        return out.toString();
    }

    private static String pad(String text, String width) {
        if (width.isEmpty() || width.equals("-")) {
            return text;
        }
        boolean left = width.startsWith("-");
        int columns = Integer.parseInt(left ? width.substring(1) : width);
        if (text.length() >= columns) {
            return text;
        }
        String spaces = " ".repeat(columns - text.length());
        return left ? text + spaces : spaces + text;
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
