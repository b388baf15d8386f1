package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * One container, as {@code docker ps} lists it.
 *
 * @param id      full id
 * @param name    its name, without the leading slash
 * @param image   the image it was created from, as the learner named it
 * @param command the command it runs
 * @param created creation time, seconds since the epoch
 * @param state   running, exited, created, paused…
 * @param status  the engine's human text: "Up 2 minutes", "Exited (0) 3 seconds ago"
 * @param ports   published ports
 * @param labels  its labels
 */
public record ContainerSummary(String id, String name, String image, String command, long created, String state,
        String status, List<PortMapping> ports, Map<String, String> labels) {

    public boolean running() {
        return "running".equals(state);
    }
}
