package io.github.dockertutor.lesson;

import java.util.Locale;
import java.util.Optional;

/** What a step's check looks at; the {@code kind:} of a check in lesson.yaml, in lowercase. */
public enum CheckKind {
    /** An image with a reference exists (or not), with options on its labels, ports, CMD and cache. */
    IMAGE,
    /** A container with a name, or from an image, is in a state, publishes a port, logged a text. */
    CONTAINER,
    /** GET http://localhost:PORT/PATH answers with a status and a body text. */
    HTTP,
    /** A file exists in the learner's workspace and contains a text. */
    FILE,
    /** The workspace Dockerfile parses and has the asked instructions. */
    DOCKERFILE,
    /** The learner answered a multiple-choice question with the right letter. */
    QUIZ,
    /** The learner ran a read-only listing such as {@code docker images}. */
    COMMAND;

    /** The word written after {@code kind:} in lesson.yaml. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a word from lesson.yaml; case matters, as it does for every key there. */
    public static Optional<CheckKind> fromYaml(String word) {
        for (CheckKind kind : values()) {
            if (kind.yamlName().equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** All kinds as written in lesson.yaml, for messages: {@code image, container, …}. */
    public static String allYamlNames() {
        StringBuilder names = new StringBuilder();
        for (CheckKind kind : values()) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(kind.yamlName());
        }
        return names.toString();
    }
}
