package io.github.dockertutor.dockercli;

/** One {@code -l/--label} value, {@code KEY=VALUE}; the value may be empty, the key may not. */
public record Label(String key, String value) {
    public static Label parse(String text) throws ParseException {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw ParseException.of("parse.label.format", text);
        }
        String key = text.substring(0, equals);
        if (key.isEmpty()) {
            throw ParseException.of("parse.label.emptyKey", text);
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            throw ParseException.of("parse.label.whitespace", key);
        }
        return new Label(key, text.substring(equals + 1));
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
