package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * One docker subcommand the tutor runs: its flags, its positional arguments and how a parse becomes a
 * {@link DockerCommand}. The shell's help and completion read the same spec the parser uses.
 *
 * @param name           the canonical name ({@code run}, {@code images})
 * @param usage          what follows the command path in docker's usage line ({@code [OPTIONS] IMAGE [COMMAND] [ARG...]})
 * @param descriptionKey the one-line description ({@code docker.cmd.*})
 * @param flags          the flags, in the order help lists them
 * @param arity          how many positional arguments it takes
 * @param interspersed   false when flag parsing stops at the first positional, as for run and exec,
 *                       whose later words belong to the container's command
 * @param builder        turns a successful parse into the result record
 */
public record CommandSpec(String name, String usage, String descriptionKey, List<FlagSpec> flags, Arity arity,
                          boolean interspersed, Builder builder) {

    /** Builds the result of one subcommand from its parsed flags and arguments. */
    @FunctionalInterface
    public interface Builder {
        DockerCommand build(ParsedArguments arguments) throws ParseException;
    }

    public CommandSpec {
        flags = List.copyOf(flags);
    }

    public Optional<FlagSpec> longFlag(String longName) {
        return flags.stream().filter(flag -> flag.answersTo(longName)).findFirst();
    }

    public Optional<FlagSpec> shortFlag(char letter) {
        return flags.stream().filter(flag -> flag.shorthand() == letter).findFirst();
    }

    /** docker's usage line for the command as invoked: {@code docker container run [OPTIONS] IMAGE …}. */
    public String usageLine(String commandPath) {
        return commandPath + " " + usage;
    }
}
