package io.github.dockertutor.check;

import io.github.dockertutor.lesson.CheckSpec;

/** The catalog: the {@link Check} for a step's {@code check:} as lesson.yaml wrote it. */
public final class Checks {
    private Checks() {
    }

    public static Check of(CheckSpec spec) {
        return switch (spec.kind()) {
            case IMAGE -> new ImageCheck(spec);
            case CONTAINER -> new ContainerCheck(spec);
            case HTTP -> new HttpCheck(spec);
            case FILE -> new FileCheck(spec);
            case DOCKERFILE -> new DockerfileCheck(spec);
            case QUIZ -> new QuizCheck(spec);
            case COMMAND -> new CommandCheck(spec);
        };
    }
}
