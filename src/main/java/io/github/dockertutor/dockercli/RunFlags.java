package io.github.dockertutor.dockercli;

import java.util.List;

/**
 * The flags {@code docker run} and {@code docker create} share, and how they become
 * {@link ContainerOptions}. Each is docker's own flag with docker's checks; the ones docker has
 * and these do not list are refused by name (see {@link CommandSpec#flagsNotRun()}).
 */
final class RunFlags {
    static final FlagSpec INTERACTIVE = FlagSpec.bool("interactive", 'i', "docker.flag.interactive");
    static final FlagSpec TTY = FlagSpec.bool("tty", 't', "docker.flag.tty");
    static final FlagSpec ENV = FlagSpec.list("env", 'e', "docker.flag.env", EnvVar::parse);
    static final FlagSpec ENV_FILE = FlagSpec.list("env-file", (char) 0, "docker.flag.envFile", ValueParser.TEXT);
    static final FlagSpec WORKDIR = FlagSpec.string("workdir", 'w', "docker.flag.workdir", RunFlags::workdir);
    static final FlagSpec USER = FlagSpec.string("user", 'u', "docker.flag.user", ValueParser.TEXT);
    static final FlagSpec PRIVILEGED = FlagSpec.bool("privileged", (char) 0, "docker.flag.run.privileged");

    /** Everything run and create share; run adds --detach and --sig-proxy. */
    static final List<FlagSpec> CONTAINER = List.of(
            INTERACTIVE, TTY,
            FlagSpec.bool("rm", (char) 0, "docker.flag.run.rm"),
            FlagSpec.string("name", (char) 0, "docker.flag.run.name", RunFlags::name),
            FlagSpec.list("publish", 'p', "docker.flag.run.publish", PortMapping::parse),
            FlagSpec.bool("publish-all", 'P', "docker.flag.run.publishAll"),
            ENV, ENV_FILE,
            FlagSpec.list("volume", 'v', "docker.flag.run.volume", VolumeMapping::parse),
            FlagSpec.list("mount", (char) 0, "docker.flag.run.mount", MountSpec::parse),
            FlagSpec.list("volumes-from", (char) 0, "docker.flag.run.volumesFrom", ValueParser.TEXT),
            FlagSpec.list("tmpfs", (char) 0, "docker.flag.run.tmpfs", RunValues::tmpfs),
            FlagSpec.bool("read-only", (char) 0, "docker.flag.run.readOnly"),
            WORKDIR,
            FlagSpec.string("entrypoint", (char) 0, "docker.flag.run.entrypoint", ValueParser.TEXT),
            CommonFlags.PLATFORM,
            FlagSpec.string("pull", (char) 0, "docker.flag.run.pull", RunValues::pullPolicy),
            FlagSpec.bool("quiet", 'q', "docker.flag.run.quiet"),
            FlagSpec.string("network", (char) 0, "docker.flag.run.network", ValueParser.TEXT).alsoAccepting("net"),
            FlagSpec.list("network-alias", (char) 0, "docker.flag.run.networkAlias", ValueParser.TEXT)
                    .alsoAccepting("net-alias"),
            FlagSpec.string("ip", (char) 0, "docker.flag.run.ip", RunFlags::ipv4),
            FlagSpec.string("hostname", 'h', "docker.flag.run.hostname", RunValues::hostname),
            FlagSpec.list("add-host", (char) 0, "docker.flag.run.addHost", RunValues::extraHost),
            FlagSpec.list("dns", (char) 0, "docker.flag.run.dns", ValueParser.TEXT),
            FlagSpec.list("dns-search", (char) 0, "docker.flag.run.dnsSearch", ValueParser.TEXT),
            FlagSpec.list("dns-option", (char) 0, "docker.flag.run.dnsOption", ValueParser.TEXT),
            FlagSpec.list("link", (char) 0, "docker.flag.run.link", RunValues::link),
            FlagSpec.list("expose", (char) 0, "docker.flag.run.expose", RunValues::expose),
            FlagSpec.string("restart", (char) 0, "docker.flag.run.restart", RestartPolicy::parse),
            FlagSpec.string("memory", 'm', "docker.flag.run.memory", ByteSize::value),
            FlagSpec.string("memory-swap", (char) 0, "docker.flag.run.memorySwap", RunFlags::swap),
            FlagSpec.string("memory-reservation", (char) 0, "docker.flag.run.memoryReservation", ByteSize::value),
            FlagSpec.string("cpus", (char) 0, "docker.flag.run.cpus", RunValues::cpus),
            FlagSpec.integer("cpu-shares", 'c', "docker.flag.run.cpuShares"),
            FlagSpec.string("cpuset-cpus", (char) 0, "docker.flag.run.cpusetCpus", ValueParser.TEXT),
            FlagSpec.integer("pids-limit", (char) 0, "docker.flag.run.pidsLimit"),
            FlagSpec.string("shm-size", (char) 0, "docker.flag.run.shmSize", ByteSize::value),
            PRIVILEGED,
            FlagSpec.list("cap-add", (char) 0, "docker.flag.run.capAdd", RunValues::capability),
            FlagSpec.list("cap-drop", (char) 0, "docker.flag.run.capDrop", RunValues::capability),
            FlagSpec.list("device", (char) 0, "docker.flag.run.device", RunValues::device),
            FlagSpec.string("gpus", (char) 0, "docker.flag.run.gpus", RunFlags::gpus),
            FlagSpec.string("runtime", (char) 0, "docker.flag.run.runtime", ValueParser.TEXT),
            USER,
            FlagSpec.list("group-add", (char) 0, "docker.flag.run.groupAdd", ValueParser.TEXT),
            FlagSpec.bool("init", (char) 0, "docker.flag.run.init"),
            FlagSpec.string("stop-signal", (char) 0, "docker.flag.run.stopSignal", RunValues::signal),
            FlagSpec.integer("stop-timeout", (char) 0, "docker.flag.run.stopTimeout"),
            FlagSpec.list("label", 'l', "docker.flag.run.label", Label::parse),
            FlagSpec.list("label-file", (char) 0, "docker.flag.run.labelFile", ValueParser.TEXT));

    private RunFlags() {
    }

    static ContainerOptions container(ParsedArguments a) throws ParseException {
        List<String> words = a.positionals();
        return new ContainerOptions(ImageReference.parse(words.get(0)), words.subList(1, words.size()),
                CommonFlags.nonEmpty(a.string("name")), a.bool("interactive"), a.bool("tty"), a.bool("rm"),
                a.list("publish", PortMapping.class), a.list("env", EnvVar.class),
                a.list("volume", VolumeMapping.class), CommonFlags.nonEmpty(a.string("workdir")),
                a.string("entrypoint"), CommonFlags.nonEmpty(a.string("platform")),
                CommonFlags.nonEmpty(a.string("network")), a.bool("privileged"), CommonFlags.nonEmpty(a.string("user")),
                a.list("label", Label.class), a.list("env-file", String.class), a.list("label-file", String.class),
                a.string("pull"), a.bool("quiet"), HostOptions.from(a));
    }

    private static Object name(String raw) throws ParseException {
        return raw.isEmpty() ? raw : ContainerName.validate(raw);
    }

    static Object workdir(String raw) throws ParseException {
        if (!raw.isEmpty() && !raw.startsWith("/")) {
            throw ParseException.of("parse.workdir.relative", raw);
        }
        return raw;
    }

    /** {@code --memory-swap -1} means unlimited swap; otherwise a size. */
    private static Object swap(String raw) throws ParseException {
        return raw.equals("-1") ? -1L : ByteSize.parse(raw);
    }

    private static Object ipv4(String raw) throws ParseException {
        if (!IpAddresses.isIpv4(raw)) {
            throw ParseException.of("parse.port.ip", raw);
        }
        return raw;
    }

    /** {@code all}, a number of GPUs, or {@code device=0,1}; docker's other forms are refused by name. */
    private static Object gpus(String raw) throws ParseException {
        String value = raw.startsWith("\"") && raw.endsWith("\"") && raw.length() > 1
                ? raw.substring(1, raw.length() - 1) : raw;
        if (value.equals("all") || value.matches("\\d{1,3}") || value.matches("device=[\\w,.-]+")) {
            return value;
        }
        throw ParseException.refusal("parse.gpus.form", raw);
    }
}
