package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the engine has, read through docker-java and turned into the tutor's own records. */
final class Listings {
    private Listings() {
    }

    static List<ImageSummary> images(DockerClient client) {
        return images(client, false, Map.of());
    }

    static List<ImageSummary> images(DockerClient client, boolean all, Map<String, List<String>> filters) {
        var command = client.listImagesCmd().withShowAll(all);
        filters.forEach(command::withFilter);
        List<ImageSummary> images = new ArrayList<>();
        for (Image image : command.exec()) {
            List<String> tags = image.getRepoTags() == null ? List.of()
                    : Arrays.stream(image.getRepoTags()).filter(t -> !t.startsWith("<none>")).toList();
            List<String> digests = image.getRepoDigests() == null ? List.of()
                    : Arrays.stream(image.getRepoDigests()).filter(d -> !d.startsWith("<none>")).toList();
            images.add(new ImageSummary(image.getId(), tags, orZero(image.getCreated()), orZero(image.getSize()),
                    image.getLabels() == null ? Map.of() : image.getLabels(), digests,
                    image.getContainers() == null ? -1 : image.getContainers(),
                    image.getParentId() == null ? "" : image.getParentId()));
        }
        return images;
    }

    static List<ContainerSummary> containers(DockerClient client, boolean all) {
        return containers(client, new ContainerQuery(all, false, 0, Map.of()));
    }

    static List<ContainerSummary> containers(DockerClient client, ContainerQuery query) {
        var command = client.listContainersCmd().withShowAll(query.all() || query.limit() > 0)
                .withShowSize(query.size());
        if (query.limit() > 0) {
            command = command.withLimit(query.limit());
        }
        for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
            command = command.withFilter(filter.getKey(), filter.getValue());
        }
        List<ContainerSummary> containers = new ArrayList<>();
        for (Container container : command.exec()) {
            containers.add(toSummary(container));
        }
        return containers;
    }

    /** A container's state, or empty when there is no such container (a --rm container that ended). */
    static Optional<ContainerState> containerState(DockerClient client, String container) {
        try {
            var state = client.inspectContainerCmd(container).exec().getState();
            Long code = state.getExitCodeLong();
            return Optional.of(new ContainerState(state.getStatus() == null ? "" : state.getStatus(),
                    code == null ? 0 : code.intValue(), state.getError() == null ? "" : state.getError()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** How a container was created and how it is now, or empty when there is no such container. */
    static Optional<ContainerDetails> containerDetails(DockerClient client, String container) {
        InspectContainerResponse inspected;
        try {
            inspected = client.inspectContainerCmd(container).exec();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        var state = inspected.getState();
        var config = inspected.getConfig();
        List<ContainerDetails.Mount> mounts = new ArrayList<>();
        if (inspected.getMounts() != null) {
            for (InspectContainerResponse.Mount mount : inspected.getMounts()) {
                // a named volume has a name; a bind mount has only its folder on the engine's machine
                boolean volume = mount.getName() != null && !mount.getName().isEmpty();
                mounts.add(new ContainerDetails.Mount(volume ? "volume" : "bind",
                        volume ? mount.getName() : mount.getSource() == null ? "" : mount.getSource(),
                        mount.getDestination() == null ? "" : mount.getDestination().getPath(),
                        !Boolean.FALSE.equals(mount.getRW())));
            }
        }
        List<PortMapping> ports = new ArrayList<>();
        var bindings = inspected.getNetworkSettings() == null || inspected.getNetworkSettings().getPorts() == null
                ? null : inspected.getNetworkSettings().getPorts().getBindings();
        if (bindings != null) {
            bindings.forEach((exposed, bound) -> {
                if (bound != null) {
                    for (var binding : bound) {
                        if (binding.getHostPortSpec() != null && binding.getHostPortSpec().matches("[0-9]+")) {
                            ports.add(new PortMapping(binding.getHostIp() == null ? "" : binding.getHostIp(),
                                    Integer.parseInt(binding.getHostPortSpec()), exposed.getPort(),
                                    exposed.getProtocol().toString()));
                        }
                    }
                }
            });
        }
        List<String> command = new ArrayList<>();
        if (config != null && config.getEntrypoint() != null) {
            command.addAll(Arrays.asList(config.getEntrypoint()));
        }
        if (config != null && config.getCmd() != null) {
            command.addAll(Arrays.asList(config.getCmd()));
        }
        Long code = state == null ? null : state.getExitCodeLong();
        return Optional.of(new ContainerDetails(inspected.getId(),
                inspected.getName() == null ? "" : inspected.getName().replaceFirst("^/", ""),
                config == null || config.getImage() == null ? "" : config.getImage(),
                inspected.getImageId() == null ? "" : inspected.getImageId(),
                state == null || state.getStatus() == null ? "" : state.getStatus(), code == null ? 0 : code.intValue(),
                config != null && Boolean.TRUE.equals(config.getTty()),
                config != null && Boolean.TRUE.equals(config.getStdinOpen()), mounts,
                config == null || config.getEnv() == null ? List.of() : Arrays.asList(config.getEnv()), ports,
                config == null || config.getLabels() == null ? Map.of() : config.getLabels(), command,
                config == null || config.getWorkingDir() == null ? "" : config.getWorkingDir()));
    }

    /** The platform an image was built for, as {@code os/architecture} (linux/arm64), or empty when unknown. */
    static Optional<String> imagePlatform(DockerClient client, String reference) {
        try {
            var image = client.inspectImageCmd(reference).exec();
            if (image.getArch() == null || image.getArch().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((image.getOs() == null ? "linux" : image.getOs()) + "/" + image.getArch());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A container's own name: with --link to it, the engine also lists the linker's names for it ({@code /web/db}). */
    static String ownName(String[] names) {
        if (names == null || names.length == 0) {
            return "";
        }
        return java.util.Arrays.stream(names).map(name -> name.replaceFirst("^/", ""))
                .filter(name -> !name.contains("/")).findFirst().orElse(names[0].replaceFirst("^/", ""));
    }

    private static ContainerSummary toSummary(Container container) {
        String name = ownName(container.getNames());
        List<PortMapping> ports = new ArrayList<>();
        if (container.getPorts() != null) {
            for (ContainerPort port : container.getPorts()) {
                if (port.getPublicPort() != null && port.getPrivatePort() != null) {
                    ports.add(new PortMapping(port.getIp() == null ? "" : port.getIp(), port.getPublicPort(),
                            port.getPrivatePort(), port.getType() == null ? "tcp" : port.getType()));
                }
            }
        }
        List<String> networks = container.getNetworkSettings() == null
                || container.getNetworkSettings().getNetworks() == null ? List.of()
                : List.copyOf(container.getNetworkSettings().getNetworks().keySet());
        List<String> mounts = new ArrayList<>();
        if (container.getMounts() != null) {
            for (var mount : container.getMounts()) {
                mounts.add(mount.getName() != null && !mount.getName().isEmpty() ? mount.getName()
                        : String.valueOf(mount.getSource()));
            }
        }
        return new ContainerSummary(container.getId(), name, container.getImage(), container.getCommand(),
                orZero(container.getCreated()), container.getState(), container.getStatus(), ports,
                container.getLabels() == null ? Map.of() : container.getLabels(), networks, mounts,
                container.getSizeRw() == null ? -1 : container.getSizeRw(),
                container.getSizeRootFs() == null ? -1 : container.getSizeRootFs());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
