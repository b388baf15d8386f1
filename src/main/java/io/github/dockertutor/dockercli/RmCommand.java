package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker rm [-f] CONTAINER…}, also {@code docker container rm}. */
public record RmCommand(List<String> containers, boolean force) implements DockerCommand {
    public RmCommand {
        containers = List.copyOf(containers);
    }
}
