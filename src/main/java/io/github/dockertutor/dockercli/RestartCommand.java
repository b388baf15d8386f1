package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.OptionalInt;

/** {@code docker restart [-t SECONDS] CONTAINER…}. */
public record RestartCommand(List<String> containers, OptionalInt timeoutSeconds) implements DockerCommand {
    public RestartCommand {
        containers = List.copyOf(containers);
    }
}
