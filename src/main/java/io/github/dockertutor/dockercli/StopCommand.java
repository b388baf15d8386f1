package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.OptionalInt;

/** {@code docker stop [-t SECONDS] CONTAINER…}. */
public record StopCommand(List<String> containers, OptionalInt timeoutSeconds) implements DockerCommand {
    public StopCommand {
        containers = List.copyOf(containers);
    }
}
