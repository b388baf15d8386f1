package io.github.dockertutor.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Check specs for tests, written as lesson.yaml would: {@code Specs.of(IMAGE, "ref", "busybox")}.
 * Each value is read by its field's type and defaults are filled in, as the loader does.
 */
public final class Specs {
    public static final CheckKind IMAGE = ImageCheck.KIND;
    public static final CheckKind CONTAINER = ContainerCheck.KIND;
    public static final CheckKind HTTP = HttpCheck.KIND;
    public static final CheckKind FILE = FileCheck.KIND;
    public static final CheckKind DOCKERFILE = DockerfileCheck.KIND;
    public static final CheckKind QUIZ = QuizCheck.KIND;
    public static final CheckKind OBSERVATION = ObservationCheck.KIND;

    private Specs() {
    }

    /**
     * A spec the loader would refuse (a path outside, a text that is no image): for tests that a
     * check still defends itself at run time.
     */
    public static CheckSpec unvalidated(CheckKind kind, Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new CheckSpec(kind, fields, 1);
    }

    public static CheckSpec of(CheckKind kind, Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String name = (String) keysAndValues[i];
            CheckField field = kind.field(name).orElseThrow(() -> new IllegalArgumentException(kind + " has no " + name));
            FieldType.Result read = field.type().read(field, keysAndValues[i + 1]);
            if (read.problem().isPresent()) {
                throw new IllegalArgumentException(name + ": " + read.problem().get());
            }
            fields.put(name, read.value());
        }
        for (CheckField field : kind.fields()) {
            if (!fields.containsKey(field.name())) {
                field.defaultValue().ifPresent(value -> fields.put(field.name(), value));
            }
        }
        return new CheckSpec(kind, fields, 1);
    }
}
