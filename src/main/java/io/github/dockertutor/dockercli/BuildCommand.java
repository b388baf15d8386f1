package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker build [OPTIONS] CONTEXT}.
 *
 * @param context    the build context as typed ({@code .}, a folder); the engine adapter resolves it
 * @param dockerfile the {@code -f} file as typed, relative to the current folder as docker reads it
 * @param target     {@code --target}: the stage of a multi-stage Dockerfile to stop at
 * @param pull       {@code --pull}: pull a newer FROM image even when one is local
 * @param remove     {@code --rm} (default on): remove the build's intermediate containers when it succeeds
 * @param forceRemove {@code --force-rm}: remove them even when it fails
 */
public record BuildCommand(String context, List<ImageReference> tags, Optional<String> dockerfile,
                           List<EnvVar> buildArgs, boolean noCache, boolean quiet, Optional<String> platform,
                           Optional<String> target, boolean pull, List<Label> labels, boolean remove,
                           boolean forceRemove) implements DockerCommand {
    public BuildCommand {
        tags = List.copyOf(tags);
        buildArgs = List.copyOf(buildArgs);
        labels = List.copyOf(labels);
    }
}
