package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** {@code docker inspect [--type T] NAME…}; {@code docker image inspect} and {@code docker container inspect} fix the type. */
public record InspectCommand(List<String> targets, Optional<Type> type) implements DockerCommand {
    /** The kinds of object the tutor inspects. */
    public enum Type { CONTAINER, IMAGE }

    public InspectCommand {
        targets = List.copyOf(targets);
    }
}
