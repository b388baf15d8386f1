package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** The specs of the container subcommands the tutor runs: run, create, exec, ps, logs, stop, start, restart, rm. */
final class ContainerCommandSpecs {
    private static final FlagSpec INTERACTIVE = FlagSpec.bool("interactive", 'i', "docker.flag.interactive");
    private static final FlagSpec TTY = FlagSpec.bool("tty", 't', "docker.flag.tty");
    private static final FlagSpec ENV = FlagSpec.list("env", 'e', "docker.flag.env", EnvVar::parse);
    private static final FlagSpec WORKDIR = FlagSpec.string("workdir", 'w', "docker.flag.workdir",
            ContainerCommandSpecs::workdir);
    private static final FlagSpec USER = FlagSpec.string("user", 'u', "docker.flag.user", ValueParser.TEXT);
    // docker renamed --time to --timeout and kept the old name working
    private static final FlagSpec TIMEOUT = FlagSpec.integer("timeout", 't', "docker.flag.stop.timeout")
            .alsoAccepting("time");

    /** Everything run and create share; run adds --detach in front. */
    private static final List<FlagSpec> CONTAINER_FLAGS = List.of(
            INTERACTIVE, TTY,
            FlagSpec.bool("rm", (char) 0, "docker.flag.run.rm"),
            FlagSpec.string("name", (char) 0, "docker.flag.run.name", ContainerCommandSpecs::name),
            FlagSpec.list("publish", 'p', "docker.flag.run.publish", PortMapping::parse),
            ENV,
            FlagSpec.list("volume", 'v', "docker.flag.run.volume", VolumeMapping::parse),
            WORKDIR,
            FlagSpec.string("entrypoint", (char) 0, "docker.flag.run.entrypoint", ValueParser.TEXT),
            ImageCommandSpecs.PLATFORM,
            FlagSpec.string("network", (char) 0, "docker.flag.run.network", ValueParser.TEXT).alsoAccepting("net"),
            FlagSpec.bool("privileged", (char) 0, "docker.flag.run.privileged"),
            USER,
            FlagSpec.list("label", 'l', "docker.flag.run.label", Label::parse));

    static final CommandSpec RUN = new CommandSpec("run", "[OPTIONS] IMAGE [COMMAND] [ARG...]", "docker.cmd.run",
            concat(FlagSpec.bool("detach", 'd', "docker.flag.run.detach"), CONTAINER_FLAGS),
            Arity.atLeast(1), false,
            a -> new RunCommand(container(a), a.bool("detach")));

    static final CommandSpec CREATE = new CommandSpec("create", "[OPTIONS] IMAGE [COMMAND] [ARG...]",
            "docker.cmd.create", CONTAINER_FLAGS, Arity.atLeast(1), false,
            a -> new CreateCommand(container(a)));

    static final CommandSpec EXEC = new CommandSpec("exec", "[OPTIONS] CONTAINER COMMAND [ARG...]", "docker.cmd.exec",
            List.of(FlagSpec.bool("detach", 'd', "docker.flag.exec.detach"), INTERACTIVE, TTY, ENV, WORKDIR, USER),
            Arity.atLeast(2), false,
            a -> {
                List<String> words = a.positionals();
                return new ExecCommand(words.get(0), words.subList(1, words.size()), a.bool("interactive"),
                        a.bool("tty"), a.bool("detach"), a.list("env", EnvVar.class), nonEmpty(a.string("workdir")),
                        nonEmpty(a.string("user")));
            });

    static final CommandSpec PS = new CommandSpec("ps", "[OPTIONS]", "docker.cmd.ps",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.ps.all"), FlagSpec.bool("quiet", 'q', "docker.flag.ps.quiet")),
            Arity.none(), true,
            a -> new PsCommand(a.bool("all"), a.bool("quiet")));

    static final CommandSpec LOGS = new CommandSpec("logs", "[OPTIONS] CONTAINER", "docker.cmd.logs",
            List.of(FlagSpec.bool("follow", 'f', "docker.flag.logs.follow"),
                    FlagSpec.string("tail", 'n', "docker.flag.logs.tail", ContainerCommandSpecs::tail)),
            Arity.exactly(1), true,
            a -> {
                int tail = a.value("tail", Integer.class).orElse(-1);
                return new LogsCommand(a.positionals().get(0), a.bool("follow"),
                        tail < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(tail));
            });

    static final CommandSpec STOP = new CommandSpec("stop", "[OPTIONS] CONTAINER [CONTAINER...]", "docker.cmd.stop",
            List.of(TIMEOUT), Arity.atLeast(1), true,
            a -> new StopCommand(a.positionals(), a.integer("timeout")));

    static final CommandSpec START = new CommandSpec("start", "[OPTIONS] CONTAINER [CONTAINER...]", "docker.cmd.start",
            List.of(), Arity.atLeast(1), true,
            a -> new StartCommand(a.positionals()));

    static final CommandSpec RESTART = new CommandSpec("restart", "[OPTIONS] CONTAINER [CONTAINER...]",
            "docker.cmd.restart", List.of(TIMEOUT), Arity.atLeast(1), true,
            a -> new RestartCommand(a.positionals(), a.integer("timeout")));

    static final CommandSpec RM = new CommandSpec("rm", "[OPTIONS] CONTAINER [CONTAINER...]", "docker.cmd.rm",
            List.of(FlagSpec.bool("force", 'f', "docker.flag.rm.force")), Arity.atLeast(1), true,
            a -> new RmCommand(a.positionals(), a.bool("force")));

    private ContainerCommandSpecs() {
    }

    private static ContainerOptions container(ParsedArguments a) throws ParseException {
        List<String> words = a.positionals();
        return new ContainerOptions(ImageReference.parse(words.get(0)), words.subList(1, words.size()),
                nonEmpty(a.string("name")), a.bool("interactive"), a.bool("tty"), a.bool("rm"),
                a.list("publish", PortMapping.class), a.list("env", EnvVar.class), a.list("volume", VolumeMapping.class),
                nonEmpty(a.string("workdir")), a.string("entrypoint"), nonEmpty(a.string("platform")),
                nonEmpty(a.string("network")), a.bool("privileged"), nonEmpty(a.string("user")),
                a.list("label", Label.class));
    }

    /** docker treats {@code --name=""} and friends as not given. */
    private static Optional<String> nonEmpty(Optional<String> value) {
        return value.filter(v -> !v.isEmpty());
    }

    private static Object name(String raw) throws ParseException {
        return raw.isEmpty() ? raw : ContainerName.validate(raw);
    }

    private static Object workdir(String raw) throws ParseException {
        if (!raw.isEmpty() && !raw.startsWith("/")) {
            throw ParseException.of("parse.workdir.relative", raw);
        }
        return raw;
    }

    /** {@code all} or a number of lines; docker reads a negative number as all, so do we. */
    private static Object tail(String raw) throws ParseException {
        if (raw.equals("all")) {
            return -1;
        }
        String digits = raw.startsWith("-") ? raw.substring(1) : raw;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ParseException.of("parse.value.tail");
        }
        return Integer.parseInt(raw);
    }

    private static List<FlagSpec> concat(FlagSpec first, List<FlagSpec> rest) {
        List<FlagSpec> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
