package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker rmi [-f] [--no-prune] IMAGE…}, also {@code docker image rm}; names or IDs, as typed. */
public record RmiCommand(List<String> images, boolean force, boolean noPrune) implements DockerCommand {
    public RmiCommand {
        images = List.copyOf(images);
    }
}
