package io.github.dockertutor.engine;

import java.util.List;
import java.util.Optional;

/**
 * How a container is set up beyond its image and command (docker run's resource, network, mount and
 * restart flags), in the engine's units: bytes, billionths of a CPU, {@code host:ip},
 * {@code name:alias}. An empty value leaves the engine's default.
 *
 * @param publishAll {@code -P}
 * @param nanoCpus   {@code --cpus} in billionths of a CPU
 * @param restart    the policy's name (no, always, unless-stopped, on-failure)
 * @param tmpfs      {@code PATH[:OPTIONS]}
 * @param expose     container ports as {@code 80/tcp}
 * @param gpus       {@code all}, a count or {@code device=IDS}
 */
public record HostSettings(boolean publishAll, boolean privileged, Optional<String> hostname, List<MountPoint> mounts,
                           Optional<String> restart, int restartRetries, Optional<Long> memory,
                           Optional<Long> memorySwap, Optional<Long> memoryReservation, Optional<Long> nanoCpus,
                           Optional<Integer> cpuShares, Optional<String> cpusetCpus, List<String> networkAliases,
                           Optional<String> ip, List<String> dns, List<String> dnsSearch, List<String> dnsOptions,
                           List<String> tmpfs, boolean readOnly, List<String> extraHosts, List<String> volumesFrom,
                           List<String> capAdd, List<String> capDrop, List<String> groupAdd, List<String> expose,
                           boolean init, List<String> links, Optional<Long> shmSize, List<String> devices,
                           Optional<String> stopSignal, Optional<Integer> stopTimeout, Optional<Long> pidsLimit,
                           Optional<String> runtime, Optional<String> gpus) {
    public HostSettings {
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

    /** The engine's defaults for everything. */
    public static HostSettings none() {
        return new HostSettings(false, false, Optional.empty(), List.of(), Optional.empty(), 0, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
