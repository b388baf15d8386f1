package io.github.dockertutor.classroom;

/** Escapes text for HTML and SVG; the output stays well-formed XML, so tests can parse the page. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0; a report's text has no business holding them
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
