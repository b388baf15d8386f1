package io.github.dockertutor.dockercli;

/** {@code docker ps [-a] [-q]}, also {@code docker container ls}. */
public record PsCommand(boolean all, boolean quiet) implements DockerCommand {
}
