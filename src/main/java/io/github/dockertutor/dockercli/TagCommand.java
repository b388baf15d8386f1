package io.github.dockertutor.dockercli;

/** {@code docker tag SOURCE TARGET}, also {@code docker image tag}. */
public record TagCommand(ImageReference source, ImageReference target) implements DockerCommand {
}
