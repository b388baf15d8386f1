package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker rmi [-f] IMAGE…}, also {@code docker image rm}; names or IDs, as typed. */
public record RmiCommand(List<String> images, boolean force) implements DockerCommand {
    public RmiCommand {
        images = List.copyOf(images);
    }
}
