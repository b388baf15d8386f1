package io.github.dockertutor.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of check as lesson.yaml names it ({@code kind: image}): its fields and how to make the
 * check from them. Each kind is declared once, beside its check ({@code ImageCheck.KIND}), and
 * listed in {@link Checks#KINDS}; the loader, the linter, a learner's space on a shared engine and
 * the format documents all read this one table.
 *
 * @param name      the word after {@code kind:}
 * @param fields    its fields, in the order the documents list them
 * @param oneOf     groups of fields of which at least one must be given (a container by name or image)
 * @param practice  whether a learner does the step with docker or in the workspace (false: a quiz,
 *                  an answer typed in the tutor)
 * @param factory   the check for a valid spec
 */
public record CheckKind(String name, List<CheckField> fields, List<List<String>> oneOf, boolean practice,
        Function<CheckSpec, Check> factory) {

    public CheckKind {
        fields = List.copyOf(fields);
        oneOf = oneOf.stream().map(List::copyOf).toList();
    }

    /** A practice kind with these fields. */
    static CheckKind of(String name, Function<CheckSpec, Check> factory, CheckField... fields) {
        return new CheckKind(name, List.of(fields), List.of(), true, factory);
    }

    /** The same kind with a group of fields of which one at least must be given. */
    CheckKind needingOneOf(String... names) {
        List<List<String>> groups = new java.util.ArrayList<>(oneOf);
        groups.add(List.of(names));
        return new CheckKind(name, fields, groups, practice, factory);
    }

    /** The same kind, answered in the tutor rather than done with docker. */
    CheckKind answeredInTheTutor() {
        return new CheckKind(name, fields, oneOf, false, factory);
    }

    public Optional<CheckField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field names, for messages: {@code ref, absent, label}. */
    public String fieldNames() {
        return String.join(", ", fields.stream().map(CheckField::name).toList());
    }

    @Override
    public String toString() {
        return name;
    }
}
