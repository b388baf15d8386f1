package io.github.dockertutor.dockercli;

import java.util.OptionalInt;

/** {@code docker logs [-f] [--tail N] CONTAINER}; an empty tail means all lines. */
public record LogsCommand(String container, boolean follow, OptionalInt tail) implements DockerCommand {
}
