package io.github.dockertutor.lesson;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A step's check as written in lesson.yaml, validated: the loader only builds one whose fields all
 * have the right names, types and ranges for its kind, with defaults filled in.
 *
 * <p>Fields by kind (the catalog in {@code CheckParser} is what the linter enforces):
 * <ul>
 *   <li>{@code image}: {@code ref} text (required); {@code absent}, {@code hasCmd}, {@code cached},
 *       {@code changed} booleans; {@code label} text {@code k=v}; {@code exposes} text like
 *       {@code 8080/tcp}.</li>
 *   <li>{@code container}: {@code name} or {@code image} text (at least one); {@code state} one of
 *       {@code running|exited|absent} (default {@code running}); {@code exitCode} integer 0-255;
 *       {@code publishes} text {@code HOST:CONTAINER}; {@code logContains} text.</li>
 *   <li>{@code http}: {@code port} integer 1-65535 (required); {@code path} text (default
 *       {@code /}); {@code status} integer 100-599 (default 200); {@code contains} text.</li>
 *   <li>{@code file}: {@code path} relative workspace path (required); {@code contains} text.</li>
 *   <li>{@code dockerfile}: {@code path} relative workspace path (default {@code Dockerfile});
 *       {@code instructions} list of Dockerfile instruction words; {@code from} text.</li>
 *   <li>{@code quiz}: {@code answer} one lowercase letter (required).</li>
 *   <li>{@code command}: {@code command} one of the read-only listings (required).</li>
 * </ul>
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
        throw new NoSuchElementException("check " + kind.yamlName() + " has no integer field " + field);
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
}
