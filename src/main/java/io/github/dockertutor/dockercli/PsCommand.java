package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code docker ps}, also {@code docker container ls}.
 *
 * @param last   {@code -n}: the n last created containers, whatever their state
 * @param latest {@code -l}: the last created container
 */
public record PsCommand(boolean all, boolean quiet, List<ListFilter> filters, Optional<OutputFormat> format,
                        OptionalInt last, boolean latest, boolean noTrunc, boolean size) implements DockerCommand {
    public PsCommand {
        filters = List.copyOf(filters);
    }

    /** Plain {@code docker ps} or {@code docker ps -a}. */
    public static PsCommand of(boolean all, boolean quiet) {
        return new PsCommand(all, quiet, List.of(), Optional.empty(), OptionalInt.empty(), false, false, false);
    }
}
