package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker rm [-f] [-v] CONTAINER…}, also {@code docker container rm}; {@code -v} removes its anonymous volumes. */
public record RmCommand(List<String> containers, boolean force, boolean volumes) implements DockerCommand {
    public RmCommand {
        containers = List.copyOf(containers);
    }
}
