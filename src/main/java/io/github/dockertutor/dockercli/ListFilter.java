package io.github.dockertutor.dockercli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code -f/--filter KEY=VALUE} of a listing or a prune ({@code status=exited},
 * {@code dangling=true}, {@code until=24h}, {@code label=project=demo}). The engine knows the keys
 * and refuses one it does not, in its own words; the tutor only checks the form, as docker's CLI does.
 */
public record ListFilter(String key, String value) {
    public static ListFilter parse(String text) throws ParseException {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw ParseException.of("parse.filter.format", text);
        }
        return new ListFilter(text.substring(0, equals).trim().toLowerCase(java.util.Locale.ROOT),
                text.substring(equals + 1));
    }

    /** The filters as the engine's API takes them: each key with its values, in the order given. */
    public static Map<String, List<String>> asMap(List<ListFilter> filters) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (ListFilter filter : filters) {
            map.computeIfAbsent(filter.key(), key -> new java.util.ArrayList<>()).add(filter.value());
        }
        map.replaceAll((key, values) -> List.copyOf(values));
        return map;
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
