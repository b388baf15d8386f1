package io.github.dockertutor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The flags {@code docker run} and {@code docker create} share that set up the container, each with
 * the field of the engine's {@code inspect} it must set: one table for both commands' probes. A
 * flag's {@code args} hold {@code %(…)} where it goes ({@link FlagProbe}); {@code base} is what the
 * line needs besides (a network for {@code --ip}); {@code batch} names the {@code run} that carries it
 * (runs start containers, so run's flags go in a few runs together; create's go one by one).
 *
 * @param pointer  where in the container's inspect (a JSON pointer)
 * @param expected the value there with the flag: equal, an array element, an object key; {@code ~x} contains x
 */
record ContainerSettings(String flag, String args, String pointer, String expected, String base, String batch) {
    /** The run that carries most flags. */
    static final String MAIN = "main";
    /** A run on the user network, with the flags that need one, and -i, which cannot go with -t. */
    static final String NETWORK = "network";
    /** A run that cannot start (no GPU): the container it made is still there to inspect. */
    static final String GPU = "gpu";

    static final List<ContainerSettings> ALL = List.of(
            of("interactive", "%()", "/Config/OpenStdin", "true", "", NETWORK),
            of("tty", "%()", "/Config/Tty", "true", "", MAIN),
            of("name", "%({n}-name-{s})", "/Name", "/{n}-name-{s}", "", MAIN),
            of("publish", "%(127.0.0.1::80)", "/HostConfig/PortBindings", "80/tcp", "", MAIN),
            of("publish-all", "%()", "/HostConfig/PublishAllPorts", "true", "", MAIN),
            of("env", "%(FP=on)", "/Config/Env", "FP=on", "", MAIN),
            of("env-file", "%(fp.env)", "/Config/Env", "FPFILE=from-file", "", MAIN),
            of("volume", "%({n}-vol-{s}:/fpvol)", "/HostConfig/Binds", "~{n}-vol-{s}:/fpvol", "", MAIN),
            of("mount", "%(type=tmpfs,target=/fpmount)", "/HostConfig/Mounts/0/Target", "/fpmount", "", MAIN),
            of("volumes-from", "%({src})", "/HostConfig/VolumesFrom", "~{n}-src", "", MAIN),
            of("tmpfs", "%(/fptmp)", "/HostConfig/Tmpfs", "/fptmp", "", MAIN),
            of("read-only", "%()", "/HostConfig/ReadonlyRootfs", "true", "", MAIN),
            of("workdir", "%(/fpwork)", "/Config/WorkingDir", "/fpwork", "", MAIN),
            of("entrypoint", "%(/bin/echo)", "/Config/Entrypoint", "/bin/echo", "", MAIN),
            of("network", "%({net})", "/HostConfig/NetworkMode", "{n}-net", "", NETWORK),
            of("network-alias", "%(fp-alias)", "/NetworkSettings/Networks/{n}-net/Aliases", "fp-alias",
                    "--network {net}", NETWORK),
            of("ip", "%(10.210.{sub}.50)", "/NetworkSettings/Networks/{n}-net/IPAMConfig/IPv4Address", "10.210.{sub}.50",
                    "--network {net}", NETWORK),
            of("hostname", "%(fp-host)", "/Config/Hostname", "fp-host", "", MAIN),
            of("add-host", "%(fp-added:10.1.2.3)", "/HostConfig/ExtraHosts", "fp-added:10.1.2.3", "", MAIN),
            of("dns", "%(10.9.9.9)", "/HostConfig/Dns", "10.9.9.9", "", MAIN),
            of("dns-search", "%(fp.example)", "/HostConfig/DnsSearch", "fp.example", "", MAIN),
            of("dns-option", "%(ndots:3)", "/HostConfig/DnsOptions", "ndots:3", "", MAIN),
            of("link", "%({shared}:fp-link)", "/HostConfig/Links", "~/fp-link", "", MAIN),
            of("expose", "%(7777)", "/Config/ExposedPorts", "7777/tcp", "", MAIN),
            of("restart", "%(on-failure:3)", "/HostConfig/RestartPolicy/Name", "on-failure", "", MAIN),
            of("memory", "%(64m)", "/HostConfig/Memory", "67108864", "", MAIN),
            of("memory-swap", "%(200m)", "/HostConfig/MemorySwap", "209715200", "-m 64m", MAIN),
            of("memory-reservation", "%(32m)", "/HostConfig/MemoryReservation", "33554432", "", MAIN),
            of("cpus", "%(0.5)", "/HostConfig/NanoCpus", "500000000", "", MAIN),
            of("cpu-shares", "%(512)", "/HostConfig/CpuShares", "512", "", MAIN),
            of("cpuset-cpus", "%(0)", "/HostConfig/CpusetCpus", "0", "", MAIN),
            of("pids-limit", "%(64)", "/HostConfig/PidsLimit", "64", "", MAIN),
            of("shm-size", "%(32m)", "/HostConfig/ShmSize", "33554432", "", MAIN),
            of("privileged", "%()", "/HostConfig/Privileged", "true", "", MAIN),
            of("cap-add", "%(NET_ADMIN)", "/HostConfig/CapAdd", "~NET_ADMIN", "", MAIN),
            of("cap-drop", "%(CHOWN)", "/HostConfig/CapDrop", "~CHOWN", "", MAIN),
            of("device", "%(/dev/null:/dev/fpnull)", "/HostConfig/Devices/0/PathInContainer", "/dev/fpnull", "", MAIN),
            of("gpus", "%(all)", "/HostConfig/DeviceRequests/0/Count", "-1", "", GPU),
            of("runtime", "%(io.containerd.runc.v2)", "/HostConfig/Runtime", "io.containerd.runc.v2", "", MAIN),
            of("user", "%(1234)", "/Config/User", "1234", "", MAIN),
            of("group-add", "%(1234)", "/HostConfig/GroupAdd", "1234", "", MAIN),
            of("init", "%()", "/HostConfig/Init", "true", "", MAIN),
            of("stop-signal", "%(SIGUSR1)", "/Config/StopSignal", "SIGUSR1", "", MAIN),
            of("stop-timeout", "%(3)", "/Config/StopTimeout", "3", "", MAIN),
            of("label", "%(fp.label=yes)", "/Config/Labels/fp.label", "yes", "", MAIN),
            of("label-file", "%(fp.labels)", "/Config/Labels/fp.labelfile", "from-file", "", MAIN),
            // run --rm removes the container once it ends (a probe of its own); create --rm leaves it to the engine
            of("rm", "%()", "/HostConfig/AutoRemove", "true", "", null));

    private static ContainerSettings of(String flag, String args, String pointer, String expected, String base,
            String batch) {
        return new ContainerSettings(flag, args, pointer, expected, base, batch);
    }

    /** Whether a container's inspect has the value this flag sets, the placeholders of one side filled in. */
    boolean setIn(JsonNode container, FlagLab lab, String side) {
        JsonNode node = container.at(lab.expand(pointer, side));
        String wanted = lab.expand(expected, side);
        boolean contains = wanted.startsWith("~");
        String text = contains ? wanted.substring(1) : wanted;
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (contains ? element.asText().contains(text) : element.asText().equals(text)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isObject()) {
            return node.has(text);
        }
        return contains ? node.asText().contains(text) : !node.isMissingNode() && node.asText().equals(text);
    }

    /** The field as one side has it, that side's marks replaced by the tutor's, to compare with the docker CLI's. */
    String observed(JsonNode container, FlagLab lab) {
        // a link names the linking container (/db:/web/alias): its own name differs by side
        String value = container.at(lab.expand(pointer, FlagLab.WITH)).toString()
                .replace(container.path("Name").asText() + "/", "/");
        // the tutor spells out the defaults docker leaves to the engine: a volume's :rw, a capability without CAP_
        return value.replace(FlagLab.DOCKER, FlagLab.WITH).replace("CAP_", "").replace(":rw\"", "\"");
    }

    /** The field as a container has it, for a report. */
    String actual(JsonNode container, FlagLab lab, String side) {
        return container.at(lab.expand(pointer, side)).toString();
    }
}
