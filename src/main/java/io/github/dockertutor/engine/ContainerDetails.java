package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * What a check needs to know of one container beyond the listing: how it was created ({@code -it},
 * {@code -v}, {@code -e}) and how it ended.
 *
 * @param id        the full id
 * @param name      its name, without the leading slash
 * @param image     the image as it was given at creation ({@code busybox}, {@code my-first-image:1.0})
 * @param imageId   the id of the image it runs
 * @param status    created, running, exited…
 * @param exitCode  the exit code, when it has exited
 * @param tty       created with a terminal ({@code -t})
 * @param openStdin created with its input kept open ({@code -i})
 * @param mounts    its bind mounts and volumes
 * @param env       its environment, {@code KEY=value} each
 * @param ports     the host ports it publishes
 * @param labels    its labels
 * @param command   what it runs: entrypoint and command together
 * @param workdir   its working folder, or empty
 */
public record ContainerDetails(String id, String name, String image, String imageId, String status, int exitCode,
        boolean tty, boolean openStdin, List<Mount> mounts, List<String> env, List<PortMapping> ports,
        Map<String, String> labels, List<String> command, String workdir) {

    public ContainerDetails {
        mounts = List.copyOf(mounts);
        env = List.copyOf(env);
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
        command = List.copyOf(command);
    }

    /** Created with {@code -it}: a terminal, and input kept open. */
    public boolean interactive() {
        return tty && openStdin;
    }

    public boolean running() {
        return "running".equals(status);
    }

    /**
     * One mount.
     *
     * @param type        bind, volume or tmpfs
     * @param source      for a bind mount, the folder on the engine's machine; for a volume, its name
     * @param destination where it appears inside the container
     * @param writable    whether the container may write to it
     */
    public record Mount(String type, String source, String destination, boolean writable) {
    }
}
