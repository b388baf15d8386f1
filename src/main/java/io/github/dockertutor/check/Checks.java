package io.github.dockertutor.check;

import java.util.List;
import java.util.Optional;

/** The catalog of check kinds: a new kind is its own class with a {@code KIND}, and one line here. */
public final class Checks {
    /** Every kind, in the order the format documents list them. */
    public static final List<CheckKind> KINDS = List.of(ImageCheck.KIND, ContainerCheck.KIND, HttpCheck.KIND,
            FileCheck.KIND, DockerfileCheck.KIND, ObservationCheck.KIND, QuizCheck.KIND);

    private Checks() {
    }

    /** The kind named so in lesson.yaml; case matters, as it does for every key there. */
    public static Optional<CheckKind> kind(String name) {
        return KINDS.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** All kinds as written in lesson.yaml, for messages: {@code image, container, …}. */
    public static String names() {
        return String.join(", ", KINDS.stream().map(CheckKind::name).toList());
    }

    /** The check for a step's spec. */
    public static Check of(CheckSpec spec) {
        return spec.check();
    }
}
