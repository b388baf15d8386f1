package io.github.dockertutor.dockercli;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code docker logs [-f] [-n N] [-t] [--since T] [--until T] CONTAINER}; an empty tail means all lines.
 *
 * @param since only lines from this time on: a date, a timestamp or a duration back from now (10m)
 */
public record LogsCommand(String container, boolean follow, OptionalInt tail, boolean timestamps,
                          Optional<DockerTime> since, Optional<DockerTime> until) implements DockerCommand {
}
