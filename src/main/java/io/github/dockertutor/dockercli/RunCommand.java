package io.github.dockertutor.dockercli;

/**
 * {@code docker run [OPTIONS] IMAGE [COMMAND] [ARG...]}, also {@code docker container run}.
 *
 * @param sigProxy {@code --sig-proxy} (on by default): Ctrl-C on a run in the foreground goes to the container
 */
public record RunCommand(ContainerOptions container, boolean detach, boolean sigProxy) implements DockerCommand {
}
