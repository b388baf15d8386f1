package io.github.dockertutor.dockercli;

/** One {@code -l/--label} value, {@code KEY=VALUE} or a bare {@code KEY} (an empty value, as in docker); the key may not be empty. */
public record Label(String key, String value) {
    public static Label parse(String text) throws ParseException {
        int equals = text.indexOf('=');
        String key = equals < 0 ? text : text.substring(0, equals);
        if (key.isEmpty()) {
            throw ParseException.of("parse.label.emptyKey", text);
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            throw ParseException.of("parse.label.whitespace", key);
        }
        return new Label(key, equals < 0 ? "" : text.substring(equals + 1));
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
