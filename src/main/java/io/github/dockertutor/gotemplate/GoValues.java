package io.github.dockertutor.gotemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How Go prints a value with {@code %v} and what it counts as true, for the plain Java values templates run on. */
final class GoValues {
    /** What Go prints for a missing map entry. */
    static final String NO_VALUE = "<no value>";

    private GoValues() {
    }

    static String print(Object value) {
        if (value == null) {
            return NO_VALUE;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : " ").append(list.get(i) == null ? "<nil>" : print(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
                out.append(first ? "" : " ").append(entry.getKey()).append(':')
                        .append(entry.getValue() == null ? "<nil>" : print(entry.getValue()));
                first = false;
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** Go's %v of a float64: no ".0" on whole numbers, an exponent from 1e21 on. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            return new BigDecimal(value).toPlainString();
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e).replaceAll("\\.0$", "");
        int exponent = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** Go's truth: false, 0, nil and empty strings, lists and maps are false. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    /** Map entries in Go's order for printing and ranging: by key. */
    static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    static String typeName(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Number) {
            return value instanceof Double || value instanceof Float ? "float64" : "int";
        }
        if (value instanceof List<?>) {
            return "[]interface {}";
        }
        if (value instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        return value.getClass().getSimpleName();
    }
}
