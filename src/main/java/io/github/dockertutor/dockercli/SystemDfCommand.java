package io.github.dockertutor.dockercli;

import java.util.Optional;

/** {@code docker system df [--format F]}: how much space images, containers, volumes and the build cache take. */
public record SystemDfCommand(Optional<OutputFormat> format) implements DockerCommand {
}
