package io.github.dockertutor.dockercli;

import java.util.Optional;

/** {@code docker pull [-q] [--platform P] IMAGE}. */
public record PullCommand(ImageReference image, boolean quiet, Optional<String> platform) implements DockerCommand {
}
