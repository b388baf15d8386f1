package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** {@code docker images [OPTIONS] [REPOSITORY[:TAG]]}, also {@code docker image ls}. */
public record ImagesCommand(Optional<String> repository, boolean all, boolean quiet, List<ListFilter> filters,
                            Optional<OutputFormat> format, boolean noTrunc, boolean digests) implements DockerCommand {
    public ImagesCommand {
        filters = List.copyOf(filters);
    }
}
