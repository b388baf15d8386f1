package io.github.dockertutor.dockercli;

import java.util.Optional;

/** {@code docker images [-a] [-q] [REPOSITORY[:TAG]]}, also {@code docker image ls}. */
public record ImagesCommand(Optional<String> repository, boolean all, boolean quiet) implements DockerCommand {
}
