package io.github.dockertutor.cli;

import java.util.List;
import java.util.Optional;

/** The commands of {@code dockertutor COMMAND}, in the order --help lists them. */
public final class CliCommands {
    private static final List<CliCommand> ALL = List.of(
            new DoctorCliCommand(),
            new MirrorCliCommand(),
            new LintCliCommand());

    private CliCommands() {
    }

    public static List<CliCommand> all() {
        return ALL;
    }

    public static Optional<CliCommand> find(String name) {
        return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
