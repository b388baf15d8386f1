package io.github.dockertutor.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A step's check as written in lesson.yaml, validated against its {@link CheckKind}'s fields:
 * every value has the right type and range, and defaults are filled in.
 *
 * @param kind   what the check looks at
 * @param fields the validated fields by their lesson.yaml name: values are {@link String},
 *               {@link Integer}, {@link Boolean} or {@code List<String>}; never contains {@code kind}
 * @param line   the 1-based line of the check in lesson.yaml, for messages about it
 */
public record CheckSpec(CheckKind kind, Map<String, Object> fields, int line) {

    public CheckSpec {
        fields = Map.copyOf(fields);
    }

    /** Whether the check has this field (given, or filled in by a default). */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A text field, or null when the check does not have it. */
    public String string(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }

    /** An integer field; ask {@link #has} first for a field that has no default. */
    public int integer(String field) {
        Object value = fields.get(field);
        if (value instanceof Integer number) {
            return number;
        }
        throw new NoSuchElementException("check " + kind.name() + " has no integer field " + field);
    }

    /** A boolean field; false when the check does not have it. */
    public boolean bool(String field) {
        return Boolean.TRUE.equals(fields.get(field));
    }

    /** A list field; empty when the check does not have it. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String field) {
        Object value = fields.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The same check with each value of a field of the given type changed (a learner's names and ports). */
    public CheckSpec rewrite(FieldType type, java.util.function.UnaryOperator<Object> change) {
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        for (CheckField field : kind.fields()) {
            if (field.type() == type && changed.containsKey(field.name())) {
                changed.put(field.name(), change.apply(changed.get(field.name())));
            }
        }
        return new CheckSpec(kind, changed, line);
    }

    /** The check this spec describes. */
    public Check check() {
        return kind.factory().apply(this);
    }
}
