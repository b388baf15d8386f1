package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * What {@code docker run} and {@code docker create} share: the image, the command and how the container is set up.
 *
 * @param command    the words after the image, passed to the container untouched (a {@code --} among them stays)
 * @param remove     {@code --rm}
 * @param entrypoint {@code --entrypoint}; present but empty clears the image's entrypoint, as in docker
 * @param envFiles   {@code --env-file}: files of {@code NAME=VALUE} lines, read from the workspace
 * @param labelFiles {@code --label-file}: files of labels, one a line
 * @param pull       {@code --pull always|missing|never}; empty is docker's default, missing
 * @param quiet      {@code -q}: no pull progress
 * @param host       resources, networking, mounts and the rest of the engine's host settings
 */
public record ContainerOptions(ImageReference image, List<String> command, Optional<String> name,
                               boolean interactive, boolean tty, boolean remove, List<PortMapping> publish,
                               List<EnvVar> env, List<VolumeMapping> volumes, Optional<String> workdir,
                               Optional<String> entrypoint, Optional<String> platform, Optional<String> network,
                               boolean privileged, Optional<String> user, List<Label> labels, List<String> envFiles,
                               List<String> labelFiles, Optional<String> pull, boolean quiet, HostOptions host) {
    public ContainerOptions {
        command = List.copyOf(command);
        publish = List.copyOf(publish);
        env = List.copyOf(env);
        volumes = List.copyOf(volumes);
        labels = List.copyOf(labels);
        envFiles = List.copyOf(envFiles);
        labelFiles = List.copyOf(labelFiles);
    }
}
