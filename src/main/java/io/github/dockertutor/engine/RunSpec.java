package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container as {@code docker run} would create it.
 *
 * @param image      the image reference
 * @param name       --name
 * @param command    the command and its arguments after the image; empty for the image's CMD
 * @param ports      -p mappings
 * @param env        -e K=V values
 * @param volumes    -v SRC:DST[:ro] binds
 * @param labels     labels; the tutor adds dockertutor.lesson
 * @param autoRemove --rm
 * @param tty        -t
 * @param stdinOpen  -i
 * @param workdir    -w
 * @param entrypoint --entrypoint
 * @param user       --user
 * @param platform   --platform
 * @param network    --network
 * @param host       everything else docker run sets up: resources, mounts, restart, capabilities…
 */
public record RunSpec(String image, Optional<String> name, List<String> command, List<PortMapping> ports,
        List<String> env, List<String> volumes, Map<String, String> labels, boolean autoRemove, boolean tty,
        boolean stdinOpen, Optional<String> workdir, Optional<String> entrypoint, Optional<String> user,
        Optional<String> platform, Optional<String> network, HostSettings host) {

    /** A run with the engine's defaults for every host setting. */
    public RunSpec(String image, Optional<String> name, List<String> command, List<PortMapping> ports,
            List<String> env, List<String> volumes, Map<String, String> labels, boolean autoRemove, boolean tty,
            boolean stdinOpen, Optional<String> workdir, Optional<String> entrypoint, Optional<String> user,
            Optional<String> platform, Optional<String> network) {
        this(image, name, command, ports, env, volumes, labels, autoRemove, tty, stdinOpen, workdir, entrypoint, user,
                platform, network, HostSettings.none());
    }

    /** The simplest run: an image, a command, labels. */
    public static RunSpec of(String image, List<String> command, Map<String, String> labels) {
        return new RunSpec(image, Optional.empty(), command, List.of(), List.of(), List.of(), labels, false, false,
                false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RunSpec withName(String newName) {
        return new RunSpec(image, Optional.of(newName), command, ports, env, volumes, labels, autoRemove, tty,
                stdinOpen, workdir, entrypoint, user, platform, network, host);
    }

    public RunSpec withPorts(List<PortMapping> newPorts) {
        return new RunSpec(image, name, command, newPorts, env, volumes, labels, autoRemove, tty, stdinOpen,
                workdir, entrypoint, user, platform, network, host);
    }
}
