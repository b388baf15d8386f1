package io.github.dockertutor.dockercli;

/**
 * A real docker command the tutor does not run (push, login, compose, network…): the shell suggests
 * running it in a real terminal.
 *
 * @param commandPath the command as named, such as {@code docker push} or {@code docker image prune}
 */
public record NotRunHere(String commandPath) implements DockerCommand {
}
