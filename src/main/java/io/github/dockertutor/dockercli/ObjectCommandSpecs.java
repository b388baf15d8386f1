package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The specs of {@code docker network …}, {@code docker volume …} and {@code docker system df|prune}. */
final class ObjectCommandSpecs {
    static final CommandSpec NETWORK_CREATE = new CommandSpec("network create", "create", "[OPTIONS] NETWORK",
            "docker.cmd.networkCreate",
            List.of(FlagSpec.bool("attachable", (char) 0, "docker.flag.network.attachable"),
                    FlagSpec.string("driver", 'd', "docker.flag.network.driver", ValueParser.TEXT),
                    FlagSpec.list("gateway", (char) 0, "docker.flag.network.gateway", ObjectCommandSpecs::ip),
                    FlagSpec.bool("internal", (char) 0, "docker.flag.network.internal"),
                    FlagSpec.list("ip-range", (char) 0, "docker.flag.network.ipRange", ObjectCommandSpecs::subnet),
                    FlagSpec.bool("ipv6", (char) 0, "docker.flag.network.ipv6"),
                    CommonFlags.LABEL, CommonFlags.OPTIONS,
                    FlagSpec.list("subnet", (char) 0, "docker.flag.network.subnet", ObjectCommandSpecs::subnet)),
            Arity.exactly(1), true,
            a -> new ObjectCommand.NetworkCreate(a.positionals().get(0), CommonFlags.nonEmpty(a.string("driver")),
                    split(a.list("subnet", String.class)), split(a.list("gateway", String.class)),
                    split(a.list("ip-range", String.class)), a.bool("internal"), a.bool("attachable"),
                    a.bool("ipv6"), a.list("label", Label.class), CommonFlags.options(a)));

    static final CommandSpec NETWORK_LS = new CommandSpec("network ls", "ls", "[OPTIONS]", "docker.cmd.networkLs",
            List.of(CommonFlags.FILTER, CommonFlags.FORMAT, CommonFlags.NO_TRUNC, CommonFlags.QUIET_IDS),
            Arity.none(), true,
            a -> new ObjectCommand.NetworkList(a.list("filter", ListFilter.class), CommonFlags.format(a),
                    a.bool("no-trunc"), a.bool("quiet")));

    static final CommandSpec NETWORK_INSPECT = new CommandSpec("network inspect", "inspect",
            "[OPTIONS] NETWORK [NETWORK...]", "docker.cmd.networkInspect", List.of(CommonFlags.TEMPLATE),
            Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.NETWORK), CommonFlags.format(a),
                    false));

    static final CommandSpec NETWORK_RM = new CommandSpec("network rm", "rm", "NETWORK [NETWORK...]",
            "docker.cmd.networkRm", List.of(FlagSpec.bool("force", 'f', "docker.flag.network.rmForce")),
            Arity.atLeast(1), true,
            a -> new ObjectCommand.NetworkRemove(a.positionals(), a.bool("force")));

    static final CommandSpec NETWORK_PRUNE = new CommandSpec("network prune", "prune", "[OPTIONS]",
            "docker.cmd.networkPrune", List.of(CommonFlags.FILTER_LONG, CommonFlags.FORCE_PRUNE), Arity.none(), true,
            a -> PruneCommand.of(PruneCommand.Target.NETWORKS, false, a.bool("force"), false,
                    a.list("filter", ListFilter.class)));

    static final CommandSpec NETWORK_CONNECT = new CommandSpec("network connect", "connect",
            "[OPTIONS] NETWORK CONTAINER", "docker.cmd.networkConnect",
            List.of(FlagSpec.list("alias", (char) 0, "docker.flag.network.alias", ValueParser.TEXT),
                    FlagSpec.string("ip", (char) 0, "docker.flag.network.ip", ObjectCommandSpecs::ip)),
            Arity.exactly(2), true,
            a -> new ObjectCommand.NetworkConnect(a.positionals().get(0), a.positionals().get(1),
                    split(a.list("alias", String.class)), CommonFlags.nonEmpty(a.string("ip"))));

    static final CommandSpec NETWORK_DISCONNECT = new CommandSpec("network disconnect", "disconnect",
            "[OPTIONS] NETWORK CONTAINER", "docker.cmd.networkDisconnect",
            List.of(FlagSpec.bool("force", 'f', "docker.flag.network.disconnectForce")),
            Arity.exactly(2), true,
            a -> new ObjectCommand.NetworkDisconnect(a.positionals().get(0), a.positionals().get(1), a.bool("force")));

    static final CommandSpec VOLUME_CREATE = new CommandSpec("volume create", "create", "[OPTIONS] [VOLUME]",
            "docker.cmd.volumeCreate",
            List.of(FlagSpec.string("driver", 'd', "docker.flag.volume.driver", ValueParser.TEXT), CommonFlags.LABEL,
                    CommonFlags.OPTIONS,
                    // hidden in docker's help, kept for old tutorials: the name as a flag
                    FlagSpec.string("name", (char) 0, "docker.flag.volume.name", ObjectCommandSpecs::volumeName)),
            Arity.atMost(1), true,
            ObjectCommandSpecs::volumeCreate);

    static final CommandSpec VOLUME_LS = new CommandSpec("volume ls", "ls", "[OPTIONS]", "docker.cmd.volumeLs",
            List.of(CommonFlags.FILTER, CommonFlags.FORMAT, CommonFlags.QUIET_NAMES), Arity.none(), true,
            a -> new ObjectCommand.VolumeList(a.list("filter", ListFilter.class), CommonFlags.format(a),
                    a.bool("quiet")));

    static final CommandSpec VOLUME_INSPECT = new CommandSpec("volume inspect", "inspect", "[OPTIONS] VOLUME [VOLUME...]",
            "docker.cmd.volumeInspect", List.of(CommonFlags.TEMPLATE), Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.VOLUME), CommonFlags.format(a),
                    false));

    static final CommandSpec VOLUME_RM = new CommandSpec("volume rm", "rm", "[OPTIONS] VOLUME [VOLUME...]",
            "docker.cmd.volumeRm", List.of(FlagSpec.bool("force", 'f', "docker.flag.volume.rmForce")),
            Arity.atLeast(1), true,
            a -> new ObjectCommand.VolumeRemove(a.positionals(), a.bool("force")));

    static final CommandSpec VOLUME_PRUNE = new CommandSpec("volume prune", "prune", "[OPTIONS]",
            "docker.cmd.volumePrune",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.volume.pruneAll"), CommonFlags.FILTER_LONG,
                    CommonFlags.FORCE_PRUNE),
            Arity.none(), true,
            a -> PruneCommand.of(PruneCommand.Target.VOLUMES, a.bool("all"), a.bool("force"), false,
                    a.list("filter", ListFilter.class)));

    static final CommandSpec SYSTEM_DF = new CommandSpec("system df", "df", "[OPTIONS]", "docker.cmd.systemDf",
            List.of(CommonFlags.FORMAT), Arity.none(), true,
            a -> new SystemDfCommand(CommonFlags.format(a)));

    static final CommandSpec SYSTEM_PRUNE = new CommandSpec("system prune", "prune", "[OPTIONS]",
            "docker.cmd.systemPrune",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.system.pruneAll"), CommonFlags.FILTER_LONG,
                    CommonFlags.FORCE_PRUNE, FlagSpec.bool("volumes", (char) 0, "docker.flag.system.pruneVolumes")),
            Arity.none(), true,
            a -> PruneCommand.of(PruneCommand.Target.SYSTEM, a.bool("all"), a.bool("force"), a.bool("volumes"),
                    a.list("filter", ListFilter.class)));

    private ObjectCommandSpecs() {
    }

    /** docker's "strings" flags take comma-separated values as well as repeats. */
    private static List<String> split(List<String> values) {
        List<String> all = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.strip());
                }
            }
        }
        return all;
    }

    private static DockerCommand volumeCreate(ParsedArguments a) throws ParseException {
        Optional<String> flag = CommonFlags.nonEmpty(a.string("name"));
        Optional<String> argument = a.positionals().stream().findFirst();
        if (flag.isPresent() && argument.isPresent() && !flag.get().equals(argument.get())) {
            throw ParseException.of("parse.volume.twoNames", flag.get(), argument.get());
        }
        Optional<String> name = argument.isPresent() ? Optional.of((String) volumeName(argument.get())) : flag;
        return new ObjectCommand.VolumeCreate(name, CommonFlags.nonEmpty(a.string("driver")),
                a.list("label", Label.class), CommonFlags.options(a));
    }

    private static Object volumeName(String raw) throws ParseException {
        if (!raw.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]+")) {
            throw ParseException.of("parse.volume.name", raw);
        }
        return raw;
    }

    private static Object ip(String raw) throws ParseException {
        for (String part : raw.split(",")) {
            if (!IpAddresses.isIpv4(part.strip()) && !IpAddresses.isIpv6(part.strip())) {
                throw ParseException.of("parse.port.ip", part);
            }
        }
        return raw;
    }

    private static Object subnet(String raw) throws ParseException {
        for (String part : raw.split(",")) {
            String[] cidr = part.strip().split("/", -1);
            if (cidr.length != 2 || !(IpAddresses.isIpv4(cidr[0]) || IpAddresses.isIpv6(cidr[0]))
                    || !cidr[1].matches("\\d{1,3}")) {
                throw ParseException.of("parse.network.subnet", part);
            }
        }
        return raw;
    }
}
