package io.github.dockertutor.shell.parse;

/** {@code docker run [OPTIONS] IMAGE [COMMAND] [ARG...]}, also {@code docker container run}. */
public record RunCommand(ContainerOptions container, boolean detach) implements DockerCommand {
}
