package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckField;
import io.github.dockertutor.check.CheckKind;
import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.check.Checks;
import io.github.dockertutor.check.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a step's {@code check:} mapping into a {@link CheckSpec}, by its kind's field table (the
 * {@code KIND} beside each check, listed in {@link Checks#KINDS}): every field is read in the shape
 * its type has in YAML, validated by its type, and given its default. Nothing here knows one kind
 * from another.
 */
final class CheckParser {
    /**
     * The kind that once checked what the learner typed in the tutor: a step done in another
     * terminal never passed it. Named in its own message, so an old lesson learns what replaced it.
     */
    private static final String TYPED_TEXT_KIND = "command";

    private CheckParser() {
    }

    /** The check, or empty when it has a problem (each one reported). */
    static Optional<CheckSpec> parse(Node node, FileProblems problems) {
        int before = problems.count();
        Optional<YamlMap> read = YamlMap.of(node, "check", null, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap check = read.get();
        Optional<String> kindWord = check.text("kind", true);
        if (kindWord.isEmpty()) {
            return Optional.empty();
        }
        if (kindWord.get().equals(TYPED_TEXT_KIND)) {
            problems.add(check.line("kind"), "lint.check.typedText");
            return Optional.empty();
        }
        Optional<CheckKind> kind = Checks.kind(kindWord.get());
        if (kind.isEmpty()) {
            problems.add(check.line("kind"), "lint.check.kind", kindWord.get(), Checks.names());
            return Optional.empty();
        }
        for (String key : check.keys()) {
            if (!key.equals("kind") && kind.get().field(key).isEmpty()) {
                problems.add(check.line(key), "lint.yaml.unknownField", key, "check " + kind.get().name(),
                        kind.get().fieldNames());
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CheckField field : kind.get().fields()) {
            read(check, field, problems).ifPresentOrElse(value -> fields.put(field.name(), value),
                    () -> field.defaultValue().ifPresent(value -> fields.put(field.name(), value)));
        }
        for (List<String> group : kind.get().oneOf()) {
            if (group.stream().noneMatch(check::has)) {
                problems.add(check.line(), "lint.check.oneOf", String.join(", ", group));
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckSpec(kind.get(), fields, check.line()));
    }

    /** One field's valid value, or empty when it is not given or has a problem (reported). */
    private static Optional<Object> read(YamlMap check, CheckField field, FileProblems problems) {
        Optional<?> raw = switch (field.type().shape()) {
            case TEXT -> check.text(field.name(), field.required());
            case BOOLEAN -> check.bool(field.name());
            case INTEGER -> field.required() && check.required(field.name()).isEmpty()
                    ? Optional.empty() : check.integer(field.name());
            case TEXT_LIST -> check.texts(field.name(), field.required());
        };
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        FieldType.Result result = field.type().read(field, raw.get());
        if (result.problem().isPresent()) {
            problems.add(check.line(field.name()), result.problem().get().key(),
                    result.problem().get().args().toArray());
            return Optional.empty();
        }
        return Optional.of(result.value());
    }
}
