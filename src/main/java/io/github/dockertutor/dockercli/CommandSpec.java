package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * One docker subcommand the tutor runs: its flags, its positional arguments and how a parse becomes a
 * {@link DockerCommand}. The shell's help and completion read the same spec the parser uses.
 *
 * @param reference      the command as docker's own reference names it ({@code container run}), where the
 *                       flags docker has and the tutor does not run are looked up
 * @param name           the canonical name ({@code run}, {@code images})
 * @param usage          what follows the command path in docker's usage line ({@code [OPTIONS] IMAGE [COMMAND] [ARG...]})
 * @param descriptionKey the one-line description ({@code docker.cmd.*})
 * @param flags          the flags the tutor runs, in the order help lists them
 * @param arity          how many positional arguments it takes
 * @param interspersed   false when flag parsing stops at the first positional, as for run and exec,
 *                       whose later words belong to the container's command
 * @param builder        turns a successful parse into the result record
 */
public record CommandSpec(String reference, String name, String usage, String descriptionKey, List<FlagSpec> flags,
                          Arity arity, boolean interspersed, Builder builder) {

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

    /** The flags docker has for this command that the tutor does not run, as docker's help writes them. */
    public List<String> flagsNotRun() {
        return DockerFlagReference.flags(reference).stream()
                .filter(known -> longFlag(known.name()).isEmpty())
                .map(DockerFlagReference.KnownFlag::display)
                .toList();
    }

    /** docker's type word for a flag the tutor runs ({@code bytes}, {@code filter}), or the tutor's own. */
    public String typeWord(FlagSpec flag) {
        return DockerFlagReference.longFlag(reference, flag.name()).map(DockerFlagReference.KnownFlag::type)
                .filter(type -> !type.isEmpty() || !flag.takesValue())
                .orElse(flag.type().typeName());
    }

    /** The flag docker names {@code --name} for this command, when the tutor does not run it. */
    Optional<String> notRunLong(String longName) {
        return DockerFlagReference.longFlag(reference, longName).map(known -> "--" + known.name());
    }

    /** The flag docker has as {@code -x} for this command, when the tutor does not run it. */
    Optional<String> notRunShort(char letter) {
        return DockerFlagReference.shortFlag(reference, letter)
                .map(known -> "-" + letter + " (--" + known.name() + ")");
    }
}
