package io.github.dockertutor.check;

import java.util.List;
import java.util.Optional;

/**
 * One field of a check kind as lesson.yaml writes it: its name, its type, whether it must be
 * given, and the value it has when not given.
 *
 * @param name         the key in lesson.yaml
 * @param type         what it holds
 * @param required     whether a check without it is an error
 * @param defaultValue the value when it is not given, if any
 * @param choices      the allowed values of a {@link FieldType#CHOICE}
 * @param min          the smallest allowed {@link FieldType#INTEGER}
 * @param max          the largest allowed {@link FieldType#INTEGER}
 */
public record CheckField(String name, FieldType type, boolean required, Optional<Object> defaultValue,
        List<String> choices, int min, int max) {

    public CheckField {
        choices = List.copyOf(choices);
    }

    public static CheckField optional(String name, FieldType type) {
        return new CheckField(name, type, false, Optional.empty(), List.of(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static CheckField required(String name, FieldType type) {
        return new CheckField(name, type, true, Optional.empty(), List.of(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A choice among words; {@code defaultChoice} may be null for none. */
    public static CheckField choice(String name, String defaultChoice, String... choices) {
        return new CheckField(name, FieldType.CHOICE, false, Optional.ofNullable(defaultChoice), List.of(choices),
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The same field, which a check must give. */
    public CheckField asRequired() {
        return new CheckField(name, type, true, Optional.empty(), choices, min, max);
    }

    public static CheckField integer(String name, int min, int max) {
        return new CheckField(name, FieldType.INTEGER, false, Optional.empty(), List.of(), min, max);
    }

    /** The same field with a value when it is not given. */
    public CheckField orElse(Object value) {
        return new CheckField(name, type, false, Optional.of(value), choices, min, max);
    }
}
