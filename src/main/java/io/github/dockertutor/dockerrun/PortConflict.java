package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.engine.RunSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "port is already allocated": names what holds the host port (another container, looked up
 * among the running containers' published ports, or else a program of the machine) and
 * suggests the next host port no container publishes.
 */
final class PortConflict {
    /** The port in the engine's text: "Bind for 0.0.0.0:8080 failed", "listen tcp4 0.0.0.0:8080: bind". */
    private static final Pattern PORT_IN_TEXT = Pattern.compile(":(\\d{1,5})(?: failed|: bind)");

    private PortConflict() {
    }

    static void explain(String engineText, RunSpec spec, String createdId, ShellContext context) {
        List<ContainerSummary> running = context.engine().containers(false).stream()
                .filter(container -> !container.id().equals(createdId)).toList();
        int hostPort = portIn(engineText).orElseGet(() -> firstTakenPort(spec, running));
        PortMapping wanted = spec.ports().stream().filter(port -> port.hostPort() == hostPort).findFirst()
                .orElse(spec.ports().isEmpty() ? PortMapping.tcp(hostPort, hostPort) : spec.ports().get(0));
        String suggestion = (wanted.hostIp().isEmpty() ? "" : wanted.hostIp() + ":")
                + freePortAfter(hostPort, running) + ":" + wanted.containerPort();
        Optional<ContainerSummary> holder = holderOf(hostPort, running);
        if (holder.isPresent()) {
            int theirs = holder.get().ports().stream().filter(port -> port.hostPort() == hostPort)
                    .mapToInt(PortMapping::containerPort).findFirst().orElse(hostPort);
            context.say("fault.port.container", hostPort, holder.get().name(), hostPort + "→" + theirs, suggestion);
        } else {
            context.say("fault.port.program", hostPort, suggestion);
        }
    }

    static OptionalInt portIn(String engineText) {
        Matcher matcher = PORT_IN_TEXT.matcher(engineText);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static int firstTakenPort(RunSpec spec, List<ContainerSummary> running) {
        return spec.ports().stream().mapToInt(PortMapping::hostPort).filter(port -> port != 0)
                .filter(port -> holderOf(port, running).isPresent()).findFirst()
                .orElse(spec.ports().stream().mapToInt(PortMapping::hostPort).filter(port -> port != 0)
                        .findFirst().orElse(0));
    }

    private static Optional<ContainerSummary> holderOf(int hostPort, List<ContainerSummary> running) {
        return running.stream().filter(container -> container.ports().stream()
                .anyMatch(port -> port.hostPort() == hostPort)).findFirst();
    }

    /** The next port up that no running container publishes (a program may still hold it; the learner will see). */
    static int freePortAfter(int hostPort, List<ContainerSummary> running) {
        for (int port = hostPort + 1; port <= 65535; port++) {
            if (holderOf(port, running).isEmpty()) {
                return port;
            }
        }
        return hostPort > 1024 ? 1024 : 8080;
    }
}
