package io.github.dockertutor.engine;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.BindOptions;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.Driver;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Link;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.TmpfsOptions;
import com.github.dockerjava.api.model.VolumeOptions;
import com.github.dockerjava.api.model.VolumesFrom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts {@link HostSettings} into docker-java's create command and host config, field by field. */
final class HostSettingsApplier {
    private HostSettingsApplier() {
    }

    static void apply(HostSettings settings, CreateContainerCmd command, HostConfig host) {
        settings.hostname().ifPresent(command::withHostName);
        settings.stopSignal().ifPresent(command::withStopSignal);
        settings.stopTimeout().ifPresent(command::withStopTimeout);
        if (!settings.networkAliases().isEmpty()) {
            command.withAliases(settings.networkAliases());
        }
        settings.ip().ifPresent(command::withIpv4Address);
        host.withPublishAllPorts(settings.publishAll() ? Boolean.TRUE : null);
        if (settings.privileged()) {
            host.withPrivileged(true);
        }
        if (!settings.mounts().isEmpty()) {
            host.withMounts(settings.mounts().stream().map(HostSettingsApplier::mount).toList());
        }
        settings.restart().ifPresent(name -> host.withRestartPolicy(restart(name, settings.restartRetries())));
        settings.memory().ifPresent(host::withMemory);
        settings.memorySwap().ifPresent(host::withMemorySwap);
        settings.memoryReservation().ifPresent(host::withMemoryReservation);
        settings.nanoCpus().ifPresent(host::withNanoCPUs);
        settings.cpuShares().ifPresent(host::withCpuShares);
        settings.cpusetCpus().ifPresent(host::withCpusetCpus);
        if (!settings.dns().isEmpty()) {
            host.withDns(settings.dns());
        }
        if (!settings.dnsSearch().isEmpty()) {
            host.withDnsSearch(settings.dnsSearch());
        }
        if (!settings.dnsOptions().isEmpty()) {
            host.withDnsOptions(settings.dnsOptions());
        }
        if (!settings.tmpfs().isEmpty()) {
            Map<String, String> tmpfs = new LinkedHashMap<>();
            for (String entry : settings.tmpfs()) {
                String[] parts = entry.split(":", 2);
                tmpfs.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
            host.withTmpFs(tmpfs);
        }
        if (settings.readOnly()) {
            host.withReadonlyRootfs(true);
        }
        if (!settings.extraHosts().isEmpty()) {
            host.withExtraHosts(settings.extraHosts().toArray(String[]::new));
        }
        if (!settings.volumesFrom().isEmpty()) {
            host.withVolumesFrom(settings.volumesFrom().stream().map(VolumesFrom::parse).toList());
        }
        if (!settings.capAdd().isEmpty()) {
            host.withCapAdd(capabilities(settings.capAdd()));
        }
        if (!settings.capDrop().isEmpty()) {
            host.withCapDrop(capabilities(settings.capDrop()));
        }
        if (!settings.groupAdd().isEmpty()) {
            host.withGroupAdd(settings.groupAdd());
        }
        if (settings.init()) {
            host.withInit(true);
        }
        if (!settings.links().isEmpty()) {
            host.withLinks(settings.links().stream().map(Link::parse).toList());
        }
        settings.shmSize().ifPresent(host::withShmSize);
        if (!settings.devices().isEmpty()) {
            host.withDevices(settings.devices().stream().map(HostSettingsApplier::device).toList());
        }
        settings.pidsLimit().ifPresent(host::withPidsLimit);
        settings.runtime().ifPresent(host::withRuntime);
        settings.gpus().ifPresent(gpus -> host.withDeviceRequests(List.of(gpus(gpus))));
    }

    static List<ExposedPort> exposed(HostSettings settings) {
        List<ExposedPort> ports = new ArrayList<>();
        for (String port : settings.expose()) {
            String[] parts = port.split("/", 2);
            ports.add(new ExposedPort(Integer.parseInt(parts[0]),
                    InternetProtocol.parse(parts.length > 1 ? parts[1] : "tcp")));
        }
        return ports;
    }

    private static Mount mount(MountPoint point) {
        Mount mount = new Mount().withType(MountType.valueOf(point.type().toUpperCase(Locale.ROOT)))
                .withTarget(point.target());
        point.source().ifPresent(mount::withSource);
        if (point.readOnly()) {
            mount.withReadOnly(true);
        }
        if (point.type().equals("volume") && (point.volumeNoCopy() || !point.volumeOptions().isEmpty()
                || !point.volumeLabels().isEmpty() || point.volumeDriver().isPresent())) {
            VolumeOptions options = new VolumeOptions();
            if (point.volumeNoCopy()) {
                options.withNoCopy(true);
            }
            if (!point.volumeLabels().isEmpty()) {
                options.withLabels(point.volumeLabels());
            }
            if (!point.volumeOptions().isEmpty() || point.volumeDriver().isPresent()) {
                options.withDriverConfig(new Driver().withName(point.volumeDriver().orElse("local"))
                        .withOptions(point.volumeOptions()));
            }
            mount.withVolumeOptions(options);
        }
        if (point.tmpfsSize().isPresent() || point.tmpfsMode().isPresent()) {
            TmpfsOptions options = new TmpfsOptions();
            point.tmpfsSize().ifPresent(options::withSizeBytes);
            point.tmpfsMode().ifPresent(options::withMode);
            mount.withTmpfsOptions(options);
        }
        point.propagation().ifPresent(propagation -> mount.withBindOptions(new BindOptions()
                .withPropagation(BindPropagation.valueOf(propagation.toUpperCase(Locale.ROOT)))));
        return mount;
    }

    private static RestartPolicy restart(String name, int retries) {
        return switch (name) {
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(retries);
            default -> RestartPolicy.noRestart();
        };
    }

    /** The engine takes capability names with or without CAP_; docker-java's enum has them without. */
    private static Capability[] capabilities(List<String> names) {
        List<Capability> capabilities = new ArrayList<>();
        for (String name : names) {
            try {
                capabilities.add(Capability.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new EngineException(EngineException.Fault.REFUSED, "engine.error.refused", null,
                        "unknown capability: \"CAP_" + name + "\"");
            }
        }
        return capabilities.toArray(Capability[]::new);
    }

    /** {@code /dev/x[:/dev/y][:rwm]}, as docker reads --device. */
    private static Device device(String text) {
        String[] parts = text.split(":", -1);
        String host = parts[0];
        String container = parts.length > 1 && parts[1].startsWith("/") ? parts[1] : host;
        String permissions = parts.length == 3 ? parts[2] : parts.length == 2 && !parts[1].startsWith("/") ? parts[1]
                : "rwm";
        return new Device(permissions, container, host);
    }

    private static DeviceRequest gpus(String value) {
        DeviceRequest request = new DeviceRequest().withDriver("").withCapabilities(List.of(List.of("gpu")));
        if (value.equals("all")) {
            return request.withCount(-1);
        }
        if (value.startsWith("device=")) {
            return request.withDeviceIds(List.of(value.substring("device=".length()).split(",")));
        }
        return request.withCount(Integer.parseInt(value));
    }
}
