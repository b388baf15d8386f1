package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker inspect [--type T] [-f FORMAT] [-s] NAME…}; {@code docker image inspect},
 * {@code docker container inspect}, {@code docker network inspect} and {@code docker volume inspect}
 * fix the type.
 */
public record InspectCommand(List<String> targets, Optional<Type> type, Optional<OutputFormat> format, boolean size)
        implements DockerCommand {
    /** The kinds of object the tutor inspects. */
    public enum Type { CONTAINER, IMAGE, NETWORK, VOLUME }

    public InspectCommand {
        targets = List.copyOf(targets);
    }
}
