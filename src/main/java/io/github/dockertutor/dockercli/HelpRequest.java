package io.github.dockertutor.dockercli;

import java.util.Map;
import java.util.Optional;

/**
 * {@code --help}, {@code -h}, {@code docker help …} or a bare {@code docker} / {@code docker image}: the
 * shell prints the help from the specs.
 *
 * @param commandPath the command asked about, such as {@code docker run} or {@code docker}
 * @param command     the subcommand's spec (its flags and usage), empty for {@code docker} itself and groups
 * @param subcommands for {@code docker} and groups ({@code docker image}), what can follow, by the name typed
 */
public record HelpRequest(String commandPath, Optional<CommandSpec> command, Map<String, CommandSpec> subcommands)
        implements DockerCommand {
    public HelpRequest {
        subcommands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(subcommands));
    }
}
