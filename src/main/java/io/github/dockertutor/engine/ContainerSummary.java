package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * One container, as {@code docker ps} lists it.
 *
 * @param id         full id
 * @param name       its name, without the leading slash
 * @param image      the image it was created from, as the learner named it
 * @param command    the command it runs
 * @param created    creation time, seconds since the epoch
 * @param state      running, exited, created, paused…
 * @param status     the engine's human text: "Up 2 minutes", "Exited (0) 3 seconds ago"
 * @param ports      published ports
 * @param labels     its labels
 * @param networks   the networks it is connected to
 * @param mounts     its mounts: volume names, or host paths for binds
 * @param sizeRw     bytes it wrote, when a listing asked for sizes; -1 otherwise
 * @param sizeRootFs its image's size plus what it wrote, when asked; -1 otherwise
 */
public record ContainerSummary(String id, String name, String image, String command, long created, String state,
        String status, List<PortMapping> ports, Map<String, String> labels, List<String> networks, List<String> mounts,
        long sizeRw, long sizeRootFs) {

    /** A container as a plain listing describes it, without networks, mounts or sizes. */
    public ContainerSummary(String id, String name, String image, String command, long created, String state,
            String status, List<PortMapping> ports, Map<String, String> labels) {
        this(id, name, image, command, created, state, status, ports, labels, List.of(), List.of(), -1, -1);
    }

    public boolean running() {
        return "running".equals(state);
    }
}
