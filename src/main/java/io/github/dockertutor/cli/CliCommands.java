package io.github.dockertutor.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The commands of {@code dockertutor COMMAND}, in the order --help lists them. */
public final class CliCommands {
    private static final List<CliCommand> ALL = List.of(
            new DoctorCliCommand(),
            new LintCliCommand(),
            new VerifyCliCommand(),
            new NewCliCommand(),
            new PackCliCommand(),
            new LoadCliCommand(),
            new MirrorCliCommand(),
            new ReportCliCommand(),
            new ClassCliCommand());

    private CliCommands() {
    }

    public static List<CliCommand> all() {
        return ALL;
    }

    /** Every option some command takes, so the command line can tell them from unknown ones. */
    /** Every switch (option without a value) some command takes. */
    public static Set<String> takenSwitches() {
        Set<String> names = new java.util.TreeSet<>();
        ALL.forEach(command -> names.addAll(command.switches()));
        return names;
    }

    public static Set<String> takenOptions() {
        Set<String> names = new HashSet<>();
        ALL.forEach(command -> names.addAll(command.options()));
        return names;
    }

    public static Optional<CliCommand> find(String name) {
        return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
