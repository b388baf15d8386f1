package io.github.dockertutor.dockercli;

import io.github.dockertutor.gotemplate.GoTemplate;
import io.github.dockertutor.gotemplate.TemplateException;
import java.util.Optional;

/**
 * A {@code --format} value as docker reads it: {@code table} (the default layout),
 * {@code table TEMPLATE} (a table with the template's columns), {@code json} (one JSON object a
 * line) or a bare Go template. docker turns a typed {@code \t} and {@code \n} into a tab and a new
 * line before parsing, so tutorials can write them inside quotes.
 *
 * @param kind     which of the four
 * @param template the Go template, for TABLE_TEMPLATE and TEMPLATE
 */
public record OutputFormat(Kind kind, Optional<GoTemplate> template) {
    /** The forms docker's formatter knows. */
    public enum Kind { TABLE, TABLE_TEMPLATE, JSON, TEMPLATE }

    public static final OutputFormat TABLE = new OutputFormat(Kind.TABLE, Optional.empty());

    public static OutputFormat parse(String raw) throws ParseException {
        String text = raw.replace("\\t", "\t").replace("\\n", "\n");
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("table")) {
            return TABLE;
        }
        if (trimmed.equals("json")) {
            return new OutputFormat(Kind.JSON, Optional.empty());
        }
        if (text.startsWith("table ")) {
            return new OutputFormat(Kind.TABLE_TEMPLATE, Optional.of(template(text.substring("table ".length()))));
        }
        return new OutputFormat(Kind.TEMPLATE, Optional.of(template(text)));
    }

    /** For a flag's value parser. */
    static Object value(String raw) throws ParseException {
        return parse(raw);
    }

    /** A template alone, as docker inspect -f takes it (no table form). */
    static Object templateValue(String raw) throws ParseException {
        String text = raw.replace("\\t", "\t").replace("\\n", "\n");
        if (text.strip().equals("json")) {
            return new OutputFormat(Kind.JSON, Optional.empty());
        }
        return new OutputFormat(Kind.TEMPLATE, Optional.of(template(text)));
    }

    private static GoTemplate template(String text) throws ParseException {
        try {
            return GoTemplate.parse(text);
        } catch (TemplateException e) {
            if (e.kind() == TemplateException.Kind.UNSUPPORTED) {
                throw ParseException.refusal("parse.format.beyond", e.detail());
            }
            throw ParseException.of("parse.format.syntax", e.detail());
        }
    }
}
