package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker build [-t NAME]… [-f FILE] [--build-arg K=V]… [--no-cache] [-q] [--platform P] CONTEXT}.
 *
 * @param context    the build context as typed ({@code .}, a folder); the engine adapter resolves it
 * @param dockerfile the {@code -f} file as typed, relative to the current folder as docker reads it
 */
public record BuildCommand(String context, List<ImageReference> tags, Optional<String> dockerfile,
                           List<EnvVar> buildArgs, boolean noCache, boolean quiet, Optional<String> platform)
        implements DockerCommand {
    public BuildCommand {
        tags = List.copyOf(tags);
        buildArgs = List.copyOf(buildArgs);
    }
}
