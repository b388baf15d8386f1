package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * What {@code docker run} and {@code docker create} set beyond the image and command: resources,
 * networking, mounts, restart, capabilities. Values are as the engine takes them ({@code host:ip},
 * {@code name:alias}, bytes, billionths of a CPU); none given means the engine's default.
 *
 * @param publishAll     {@code -P}: every port the image exposes, on a port the engine picks
 * @param mounts         {@code --mount}
 * @param nanoCpus       {@code --cpus}, in billionths of a CPU
 * @param tmpfs          {@code --tmpfs PATH[:OPTIONS]}
 * @param extraHosts     {@code --add-host}, as {@code host:ip}
 * @param links          {@code --link}, as {@code name:alias}
 * @param expose         {@code --expose}
 * @param gpus           {@code --gpus}: {@code all}, a count, or {@code device=IDS}
 */
public record HostOptions(boolean publishAll, Optional<String> hostname, List<MountSpec> mounts,
                          Optional<RestartPolicy> restart, Optional<Long> memory, Optional<Long> memorySwap,
                          Optional<Long> memoryReservation, Optional<Long> nanoCpus, Optional<Integer> cpuShares,
                          Optional<String> cpusetCpus, List<String> networkAliases, Optional<String> ip,
                          List<String> dns, List<String> dnsSearch, List<String> dnsOptions, List<String> tmpfs,
                          boolean readOnly, List<String> extraHosts, List<String> volumesFrom, List<String> capAdd,
                          List<String> capDrop, List<String> groupAdd, List<PortMapping> expose, boolean init,
                          List<String> links, Optional<Long> shmSize, List<String> devices,
                          Optional<String> stopSignal, Optional<Integer> stopTimeout, Optional<Long> pidsLimit,
                          Optional<String> runtime, Optional<String> gpus) {
    public HostOptions {
        mounts = List.copyOf(mounts);
        networkAliases = List.copyOf(networkAliases);
        dns = List.copyOf(dns);
        dnsSearch = List.copyOf(dnsSearch);
        dnsOptions = List.copyOf(dnsOptions);
        tmpfs = List.copyOf(tmpfs);
        extraHosts = List.copyOf(extraHosts);
        volumesFrom = List.copyOf(volumesFrom);
        capAdd = List.copyOf(capAdd);
        capDrop = List.copyOf(capDrop);
        groupAdd = List.copyOf(groupAdd);
        expose = List.copyOf(expose);
        links = List.copyOf(links);
        devices = List.copyOf(devices);
    }

    /** Nothing beyond the engine's defaults. */
    public static HostOptions none() {
        return new HostOptions(false, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static HostOptions from(ParsedArguments a) {
        return new HostOptions(a.bool("publish-all"), a.string("hostname").filter(h -> !h.isEmpty()),
                a.list("mount", MountSpec.class), a.value("restart", RestartPolicy.class),
                a.value("memory", Long.class), a.value("memory-swap", Long.class),
                a.value("memory-reservation", Long.class), a.value("cpus", Long.class),
                a.value("cpu-shares", Integer.class), a.string("cpuset-cpus"), a.list("network-alias", String.class),
                a.string("ip"), a.list("dns", String.class), a.list("dns-search", String.class),
                a.list("dns-option", String.class), a.list("tmpfs", String.class), a.bool("read-only"),
                a.list("add-host", String.class), a.list("volumes-from", String.class), a.list("cap-add", String.class),
                a.list("cap-drop", String.class), a.list("group-add", String.class), a.list("expose", PortMapping.class),
                a.bool("init"), a.list("link", String.class), a.value("shm-size", Long.class),
                a.list("device", String.class), a.string("stop-signal"), a.value("stop-timeout", Integer.class),
                a.value("pids-limit", Integer.class).map(Integer::longValue), a.string("runtime"), a.string("gpus"));
    }
}
