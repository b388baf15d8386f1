package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker start CONTAINER…}. */
public record StartCommand(List<String> containers) implements DockerCommand {
    public StartCommand {
        containers = List.copyOf(containers);
    }
}
