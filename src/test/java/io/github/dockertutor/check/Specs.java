package io.github.dockertutor.check;

import io.github.dockertutor.lesson.CheckKind;
import io.github.dockertutor.lesson.CheckSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Check specs for tests, written as lesson.yaml would: {@code Specs.of(IMAGE, "ref", "busybox")}. */
final class Specs {
    private Specs() {
    }

    static CheckSpec of(CheckKind kind, Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new CheckSpec(kind, fields, 1);
    }
}
