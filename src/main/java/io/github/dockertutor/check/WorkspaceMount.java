package io.github.dockertutor.check;

import io.github.dockertutor.engine.ContainerDetails;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether a container has the learner's workspace folder mounted ({@code -v "$(pwd)":/data}). The
 * engine names the folder as its own machine sees it: the same path on Linux and on macOS with
 * Docker Desktop, but a path in Docker Desktop's own VM on Windows ({@code /run/desktop/mnt/host/c/…}
 * for {@code C:\\…}). So the folder matches when its real path is the mount's source, or, for such
 * a VM's path, when the source ends with the workspace's drive-less path, letters in any case.
 */
final class WorkspaceMount {
    private WorkspaceMount() {
    }

    static boolean mounted(ContainerDetails container, Path workspace, String destination) {
        String wanted = normalize(destination);
        for (ContainerDetails.Mount mount : container.mounts()) {
            if (mount.type().equals("bind") && normalize(mount.destination()).equals(wanted)
                    && sameFolder(mount.source(), workspace)) {
                return true;
            }
        }
        return false;
    }

    /** "SOURCE → DESTINATION" for each mount, to show what the container has instead. */
    static List<String> describe(ContainerDetails container) {
        return container.mounts().stream().map(m -> m.source() + " \u2192 " + m.destination()).toList();
    }

    private static boolean sameFolder(String source, Path workspace) {
        Path real;
        try {
            real = workspace.toRealPath();
        } catch (IOException e) {
            real = workspace.toAbsolutePath().normalize();
        }
        String mine = real.toString().replace('\\', '/');
        String theirs = source.replace('\\', '/');
        if (stripSlash(theirs).equals(stripSlash(mine))) {
            return true;
        }
        // C:/Users/me/ws seen from Docker Desktop's VM as /run/desktop/mnt/host/c/Users/me/ws
        String driveless = mine.matches("^[A-Za-z]:/.*") ? mine.substring(0, 1) + mine.substring(2) : mine;
        return stripSlash(theirs).toLowerCase(Locale.ROOT).endsWith("/" + stripSlash(driveless).toLowerCase(Locale.ROOT)
                .replaceFirst("^/", ""));
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static String normalize(String path) {
        return Path.of("/").resolve(path).normalize().toString().replace('\\', '/');
    }
}
