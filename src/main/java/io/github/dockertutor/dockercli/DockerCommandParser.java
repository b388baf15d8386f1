package io.github.dockertutor.dockercli;

import io.github.dockertutor.i18n.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the words of a {@code docker …} line into a {@link DockerCommand}, with the docker CLI's own
 * error wording as message keys. Global flags before the subcommand ({@code -H}, {@code --context}…)
 * are refused: the tutor talks to the engine it found, and says so, instead of quietly ignoring them.
 */
public final class DockerCommandParser {
    private static final String DOCKER = "docker";

    private static final Set<String> GLOBAL_LONG_FLAGS = Set.of("config", "context", "debug", "host", "log-level",
            "tls", "tlscacert", "tlscert", "tlskey", "tlsverify");
    private static final String GLOBAL_SHORT_FLAGS = "cDHl";

    private DockerCommandParser() {
    }

    /** Tokenizes and parses a whole line that starts with {@code docker}. */
    public static DockerCommand parseLine(String line) throws ParseException {
        return parse(CommandLineTokenizer.tokenize(line));
    }

    /**
     * Parses the words of a line whose first word should be {@code docker}. Any other first word is
     * refused with a message (the shell dispatches its own commands before calling this); {@code sudo}
     * gets its own, since tutorials often show it and the tutor never needs it.
     */
    public static DockerCommand parse(List<String> words) throws ParseException {
        if (words.isEmpty()) {
            throw ParseException.of("parse.command.empty");
        }
        String first = words.get(0);
        if (first.equals("sudo") && words.size() > 1 && words.get(1).equals(DOCKER)) {
            throw ParseException.of("parse.command.sudo");
        }
        if (!first.equals(DOCKER)) {
            throw ParseException.of("parse.command.notDocker", first);
        }
        return parseArguments(words.subList(1, words.size()));
    }

    /** Parses what follows the word {@code docker}. */
    public static DockerCommand parseArguments(List<String> args) throws ParseException {
        int i = 0;
        while (i < args.size() && args.get(i).length() > 1 && args.get(i).startsWith("-")) {
            String flag = args.get(i);
            if (flag.equals("--")) {
                i++;
                break;
            }
            Optional<DockerCommand> answer = globalFlag(flag);
            if (answer.isPresent()) {
                return answer.get();
            }
            i++;
        }
        if (i >= args.size()) {
            return topLevelHelp();
        }
        String name = args.get(i);
        List<String> rest = args.subList(i + 1, args.size());
        if (name.equals("help")) {
            return help(rest);
        }
        if (DockerCommandCatalog.groups().contains(name)) {
            return group(name, rest);
        }
        CommandSpec spec = DockerCommandCatalog.commands().get(name);
        if (spec != null) {
            return run(spec, DOCKER + " " + name, rest);
        }
        if (DockerCommandCatalog.isNotRunHere(name)) {
            return new NotRunHere(DOCKER + " " + name);
        }
        java.util.Set<String> known = new java.util.TreeSet<>(DockerCommandCatalog.commands().keySet());
        known.addAll(DockerCommandCatalog.groups());
        ParseException unknown = ParseException.of("parse.command.unknown", name).withHelp(DOCKER);
        throw Spelling.closest(name, known)
                .map(meant -> unknown.withHint(Message.of("parse.hint.didYouMean", "docker " + meant)))
                .orElse(unknown);
    }

    /** A flag before the subcommand: help and version answer, a real global flag is refused, anything else is unknown. */
    private static Optional<DockerCommand> globalFlag(String flag) throws ParseException {
        if (flag.equals("--help") || flag.equals("-h")) {
            return Optional.of(topLevelHelp());
        }
        if (flag.equals("--version") || flag.equals("-v")) {
            return Optional.of(new NotRunHere(DOCKER + " --version"));
        }
        if (flag.startsWith("--")) {
            String name = flag.substring(2).split("=", 2)[0];
            if (GLOBAL_LONG_FLAGS.contains(name)) {
                throw ParseException.of("parse.command.globalFlag", "--" + name);
            }
            throw ParseException.of("parse.flag.unknown", name).withHelp(DOCKER);
        }
        char letter = flag.charAt(1);
        if (GLOBAL_SHORT_FLAGS.indexOf(letter) >= 0) {
            throw ParseException.of("parse.command.globalFlag", "-" + letter);
        }
        throw ParseException.of("parse.flag.unknownShorthand", String.valueOf(letter), flag.substring(1))
                .withHelp(DOCKER);
    }

    private static DockerCommand group(String group, List<String> rest) throws ParseException {
        String path = DOCKER + " " + group;
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
            return new HelpRequest(path, Optional.empty(), DockerCommandCatalog.group(group));
        }
        String name = rest.get(0);
        if (name.length() > 1 && name.startsWith("-")) {
            throw (name.startsWith("--")
                    ? ParseException.of("parse.flag.unknown", name.substring(2).split("=", 2)[0])
                    : ParseException.of("parse.flag.unknownShorthand", String.valueOf(name.charAt(1)), name.substring(1)))
                    .withHelp(path);
        }
        CommandSpec spec = DockerCommandCatalog.group(group).get(name);
        if (spec != null) {
            return run(spec, path + " " + name, rest.subList(1, rest.size()));
        }
        if (DockerCommandCatalog.isNotRunHere(group, name)) {
            return new NotRunHere(path + " " + name);
        }
        throw ParseException.of("parse.command.unknown", group + " " + name).withHelp(path);
    }

    /** {@code docker help [COMMAND…]}, as docker answers it. */
    private static DockerCommand help(List<String> path) throws ParseException {
        if (path.isEmpty()) {
            return topLevelHelp();
        }
        if (path.size() == 1 && DockerCommandCatalog.groups().contains(path.get(0))) {
            return new HelpRequest(DOCKER + " " + path.get(0), Optional.empty(), DockerCommandCatalog.group(path.get(0)));
        }
        Optional<CommandSpec> spec = DockerCommandCatalog.find(path);
        if (spec.isPresent()) {
            return new HelpRequest(DOCKER + " " + String.join(" ", path), spec, Map.of());
        }
        if (path.size() == 1 && DockerCommandCatalog.isNotRunHere(path.get(0))) {
            return new NotRunHere(DOCKER + " " + path.get(0));
        }
        throw ParseException.of("parse.command.unknown", String.join(" ", path)).withHelp(DOCKER);
    }

    private static DockerCommand run(CommandSpec spec, String path, List<String> args) throws ParseException {
        ParsedArguments parsed = FlagParser.parse(spec, path, args);
        if (parsed.helpRequested()) {
            return new HelpRequest(path, Optional.of(spec), Map.of());
        }
        try {
            spec.arity().check(path, parsed.positionals().size());
        } catch (ParseException e) {
            // the build's dot is the step learners miss most: say what it is, not only the count
            throw spec.name().equals("build") && parsed.positionals().isEmpty()
                    ? e.withHint(Message.of("parse.hint.buildDot")) : e;
        }
        try {
            return spec.builder().build(parsed);
        } catch (ParseException e) {
            throw e.helpCommand().isPresent() ? e : e.withHelp(path);
        }
    }

    private static HelpRequest topLevelHelp() {
        return new HelpRequest(DOCKER, Optional.empty(), DockerCommandCatalog.commands());
    }
}
