package io.github.dockertutor.dockercli;

/**
 * One {@code --filter} of {@code docker image prune}: {@code label=KEY[=VALUE]} or {@code until=TIME},
 * the two the engine's prune takes through docker-java. Other filters are refused by name rather
 * than dropped, since a filter dropped would widen what is removed.
 */
public record PruneFilter(String key, String value) {
    public static final String LABEL = "label";
    public static final String UNTIL = "until";

    public static PruneFilter parse(String text) throws ParseException {
        int equals = text.indexOf('=');
        String key = equals < 0 ? text : text.substring(0, equals);
        String value = equals < 0 ? "" : text.substring(equals + 1);
        if (!key.equals(LABEL) && !key.equals(UNTIL)) {
            throw ParseException.of("parse.prune.filterKey", text);
        }
        if (value.isEmpty()) {
            throw ParseException.of("parse.prune.filterValue", text);
        }
        return new PruneFilter(key, value);
    }
}
