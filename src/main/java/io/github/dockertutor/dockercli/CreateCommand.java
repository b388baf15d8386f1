package io.github.dockertutor.dockercli;

/** {@code docker create [OPTIONS] IMAGE [COMMAND] [ARG...]}: a container set up like run's, not started. */
public record CreateCommand(ContainerOptions container) implements DockerCommand {
}
