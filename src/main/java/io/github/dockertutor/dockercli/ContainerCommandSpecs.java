package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The specs of the container commands the tutor runs, from run and ps to cp, stats and prune. */
final class ContainerCommandSpecs {
    private static final String CONTAINERS = "[OPTIONS] CONTAINER [CONTAINER...]";
    // docker renamed --time to --timeout and kept the old name working
    private static final FlagSpec TIMEOUT = FlagSpec.integer("timeout", 't', "docker.flag.stop.timeout")
            .alsoAccepting("time");

    static final CommandSpec RUN = new CommandSpec("container run", "run", "[OPTIONS] IMAGE [COMMAND] [ARG...]",
            "docker.cmd.run", runFlags(),
            Arity.atLeast(1), false,
            a -> new RunCommand(RunFlags.container(a), a.bool("detach"), a.boolOr("sig-proxy", true)));

    static final CommandSpec CREATE = new CommandSpec("container create", "create", "[OPTIONS] IMAGE [COMMAND] [ARG...]",
            "docker.cmd.create", RunFlags.CONTAINER, Arity.atLeast(1), false,
            a -> new CreateCommand(RunFlags.container(a)));

    static final CommandSpec EXEC = new CommandSpec("container exec", "exec", "[OPTIONS] CONTAINER COMMAND [ARG...]",
            "docker.cmd.exec",
            List.of(FlagSpec.bool("detach", 'd', "docker.flag.exec.detach"), RunFlags.INTERACTIVE, RunFlags.TTY,
                    RunFlags.ENV, RunFlags.ENV_FILE, RunFlags.WORKDIR, RunFlags.USER,
                    FlagSpec.bool("privileged", (char) 0, "docker.flag.exec.privileged")),
            Arity.atLeast(2), false,
            a -> {
                List<String> words = a.positionals();
                return new ExecCommand(words.get(0), words.subList(1, words.size()), a.bool("interactive"),
                        a.bool("tty"), a.bool("detach"), a.list("env", EnvVar.class), a.list("env-file", String.class),
                        CommonFlags.nonEmpty(a.string("workdir")), CommonFlags.nonEmpty(a.string("user")),
                        a.bool("privileged"));
            });

    static final CommandSpec PS = new CommandSpec("container ls", "ps", "[OPTIONS]", "docker.cmd.ps",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.ps.all"), CommonFlags.FILTER, CommonFlags.FORMAT,
                    FlagSpec.integer("last", 'n', "docker.flag.ps.last"),
                    FlagSpec.bool("latest", 'l', "docker.flag.ps.latest"), CommonFlags.NO_TRUNC,
                    FlagSpec.bool("quiet", 'q', "docker.flag.ps.quiet"),
                    FlagSpec.bool("size", 's', "docker.flag.ps.size")),
            Arity.none(), true,
            a -> new PsCommand(a.bool("all"), a.bool("quiet"), a.list("filter", ListFilter.class),
                    CommonFlags.format(a), a.integer("last"), a.bool("latest"), a.bool("no-trunc"), a.bool("size")));

    static final CommandSpec LOGS = new CommandSpec("container logs", "logs", "[OPTIONS] CONTAINER", "docker.cmd.logs",
            List.of(FlagSpec.bool("follow", 'f', "docker.flag.logs.follow"),
                    FlagSpec.string("since", (char) 0, "docker.flag.logs.since", DockerTime::value),
                    FlagSpec.string("tail", 'n', "docker.flag.logs.tail", ContainerCommandSpecs::tail),
                    FlagSpec.bool("timestamps", 't', "docker.flag.logs.timestamps"),
                    FlagSpec.string("until", (char) 0, "docker.flag.logs.until", DockerTime::value)),
            Arity.exactly(1), true,
            a -> {
                int tail = a.value("tail", Integer.class).orElse(-1);
                return new LogsCommand(a.positionals().get(0), a.bool("follow"),
                        tail < 0 ? OptionalInt.empty() : OptionalInt.of(tail), a.bool("timestamps"),
                        a.value("since", DockerTime.class), a.value("until", DockerTime.class));
            });

    static final CommandSpec STOP = new CommandSpec("container stop", "stop", CONTAINERS, "docker.cmd.stop",
            List.of(TIMEOUT), Arity.atLeast(1), true,
            a -> new StopCommand(a.positionals(), a.integer("timeout")));

    static final CommandSpec START = new CommandSpec("container start", "start", CONTAINERS, "docker.cmd.start",
            List.of(FlagSpec.bool("attach", 'a', "docker.flag.start.attach"),
                    FlagSpec.bool("interactive", 'i', "docker.flag.start.interactive")),
            Arity.atLeast(1), true,
            a -> new StartCommand(a.positionals(), a.bool("attach"), a.bool("interactive")));

    static final CommandSpec RESTART = new CommandSpec("container restart", "restart", CONTAINERS, "docker.cmd.restart",
            List.of(TIMEOUT), Arity.atLeast(1), true,
            a -> new RestartCommand(a.positionals(), a.integer("timeout")));

    static final CommandSpec RM = new CommandSpec("container rm", "rm", CONTAINERS, "docker.cmd.rm",
            List.of(FlagSpec.bool("force", 'f', "docker.flag.rm.force"),
                    FlagSpec.bool("volumes", 'v', "docker.flag.rm.volumes")),
            Arity.atLeast(1), true,
            a -> new RmCommand(a.positionals(), a.bool("force"), a.bool("volumes")));

    static final CommandSpec KILL = new CommandSpec("container kill", "kill", CONTAINERS, "docker.cmd.kill",
            List.of(FlagSpec.string("signal", 's', "docker.flag.kill.signal", RunValues::signal)),
            Arity.atLeast(1), true,
            a -> new ContainerToolCommand.Kill(a.positionals(), a.string("signal").orElse("KILL")));

    static final CommandSpec RENAME = new CommandSpec("container rename", "rename", "CONTAINER NEW_NAME",
            "docker.cmd.rename", List.of(), Arity.exactly(2), true,
            a -> new ContainerToolCommand.Rename(a.positionals().get(0), ContainerName.validate(a.positionals().get(1))));

    static final CommandSpec PORT = new CommandSpec("container port", "port", "CONTAINER [PRIVATE_PORT[/PROTO]]",
            "docker.cmd.port", List.of(), new Arity(1, 2), true,
            a -> new ContainerToolCommand.Port(a.positionals().get(0), a.positionals().stream().skip(1).findFirst()));

    static final CommandSpec TOP = new CommandSpec("container top", "top", "CONTAINER [ps OPTIONS]", "docker.cmd.top",
            List.of(), Arity.atLeast(1), false,
            a -> new ContainerToolCommand.Top(a.positionals().get(0),
                    a.positionals().subList(1, a.positionals().size())));

    static final CommandSpec STATS = new CommandSpec("container stats", "stats", "[OPTIONS] [CONTAINER...]",
            "docker.cmd.stats",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.stats.all"), CommonFlags.FORMAT,
                    FlagSpec.bool("no-stream", (char) 0, "docker.flag.stats.noStream"), CommonFlags.NO_TRUNC),
            Arity.atLeast(0), true,
            a -> new ContainerToolCommand.Stats(a.positionals(), a.bool("all"), a.bool("no-stream"),
                    CommonFlags.format(a), a.bool("no-trunc")));

    static final CommandSpec CP = new CommandSpec("container cp", "cp",
            "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH | SRC_PATH CONTAINER:DEST_PATH",
            "docker.cmd.cp",
            List.of(FlagSpec.bool("archive", 'a', "docker.flag.cp.archive"),
                    FlagSpec.bool("follow-link", 'L', "docker.flag.cp.followLink"),
                    FlagSpec.bool("quiet", 'q', "docker.flag.cp.quiet")),
            Arity.exactly(2), true, ContainerCommandSpecs::copy);

    static final CommandSpec WAIT = new CommandSpec("container wait", "wait", "CONTAINER [CONTAINER...]",
            "docker.cmd.wait", List.of(), Arity.atLeast(1), true,
            a -> new ContainerToolCommand.Wait(a.positionals()));

    static final CommandSpec PAUSE = new CommandSpec("container pause", "pause", "CONTAINER [CONTAINER...]",
            "docker.cmd.pause", List.of(), Arity.atLeast(1), true,
            a -> new ContainerToolCommand.Pause(a.positionals(), true));

    static final CommandSpec UNPAUSE = new CommandSpec("container unpause", "unpause", "CONTAINER [CONTAINER...]",
            "docker.cmd.unpause", List.of(), Arity.atLeast(1), true,
            a -> new ContainerToolCommand.Pause(a.positionals(), false));

    static final CommandSpec DIFF = new CommandSpec("container diff", "diff", "CONTAINER", "docker.cmd.diff",
            List.of(), Arity.exactly(1), true,
            a -> new ContainerToolCommand.Diff(a.positionals().get(0)));

    static final CommandSpec COMMIT = new CommandSpec("container commit", "commit",
            "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]", "docker.cmd.commit",
            List.of(FlagSpec.string("author", 'a', "docker.flag.commit.author", ValueParser.TEXT),
                    FlagSpec.list("change", 'c', "docker.flag.commit.change", ValueParser.TEXT),
                    FlagSpec.string("message", 'm', "docker.flag.commit.message", ValueParser.TEXT),
                    FlagSpec.bool("pause", 'p', "docker.flag.commit.pause")),
            new Arity(1, 2), true,
            a -> new ContainerToolCommand.Commit(a.positionals().get(0),
                    a.positionals().size() > 1 ? Optional.of(ImageCommandSpecs.tagTarget(a.positionals().get(1)))
                            : Optional.empty(),
                    CommonFlags.nonEmpty(a.string("author")), CommonFlags.nonEmpty(a.string("message")),
                    a.list("change", String.class), a.boolOr("pause", true)));

    static final CommandSpec PRUNE = new CommandSpec("container prune", "prune", "[OPTIONS]",
            "docker.cmd.containerPrune", List.of(CommonFlags.FILTER_LONG, CommonFlags.FORCE_PRUNE), Arity.none(), true,
            a -> PruneCommand.of(PruneCommand.Target.CONTAINERS, false, a.bool("force"), false,
                    a.list("filter", ListFilter.class)));

    static final CommandSpec INSPECT = new CommandSpec("container inspect", "inspect", "[OPTIONS] CONTAINER [CONTAINER...]",
            "docker.cmd.containerInspect",
            List.of(CommonFlags.TEMPLATE, FlagSpec.bool("size", 's', "docker.flag.inspect.size")),
            Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.CONTAINER), CommonFlags.format(a),
                    a.bool("size")));

    private ContainerCommandSpecs() {
    }

    private static List<FlagSpec> runFlags() {
        List<FlagSpec> flags = new java.util.ArrayList<>();
        flags.add(FlagSpec.bool("detach", 'd', "docker.flag.run.detach"));
        flags.addAll(RunFlags.CONTAINER);
        flags.add(FlagSpec.bool("sig-proxy", (char) 0, "docker.flag.run.sigProxy"));
        return flags;
    }

    /** One side is {@code CONTAINER:PATH}; a Windows drive ({@code C:\x}) or a path with a slash before the colon is the host's. */
    private static DockerCommand copy(ParsedArguments a) throws ParseException {
        String source = a.positionals().get(0);
        String destination = a.positionals().get(1);
        Optional<String[]> from = containerPath(source);
        Optional<String[]> to = containerPath(destination);
        if (from.isPresent() == to.isPresent()) {
            throw ParseException.of(from.isPresent() ? "parse.cp.bothContainers" : "parse.cp.noContainer");
        }
        if (source.equals("-") || destination.equals("-")) {
            throw ParseException.refusal("parse.cp.stream");
        }
        boolean toContainer = to.isPresent();
        String[] side = toContainer ? to.get() : from.get();
        return new ContainerToolCommand.Copy(side[0], side[1], toContainer ? source : destination, toContainer,
                a.bool("archive"), a.bool("follow-link"), a.bool("quiet"));
    }

    private static Optional<String[]> containerPath(String argument) {
        int colon = argument.indexOf(':');
        if (colon <= 0 || argument.substring(0, colon).contains("/") || argument.substring(0, colon).contains("\\")
                || argument.matches("[A-Za-z]:[\\\\/].*")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {argument.substring(0, colon), argument.substring(colon + 1)});
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
}
