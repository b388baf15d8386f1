package io.github.dockertutor.dockercli;

/** {@code docker run [OPTIONS] IMAGE [COMMAND] [ARG...]}, also {@code docker container run}. */
public record RunCommand(ContainerOptions container, boolean detach) implements DockerCommand {
}
