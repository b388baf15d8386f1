package io.github.dockertutor.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner's folder for Dockerfiles and build contexts. Every path the tutor reads, writes,
 * edits or sends to a build is resolved here, and one that lands outside (through {@code ..}, an
 * absolute path, or a link pointing out) is refused: the tutor never touches what is not ours.
 */
public final class Workspace {
    /** As the kernel's limit: more links than this in a row is a loop. */
    private static final int MAX_LINK_HOPS = 40;

    private final Path root;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Creates the folder if it is not there yet. */
    public void ensureExists() throws IOException {
        Files.createDirectories(root);
    }

    /**
     * The path for a name the learner typed, relative to the workspace ("." is the workspace
     * itself) or absolute; empty when it is outside. Outside is decided on real paths: {@code ..},
     * {@code //}, and every link on the way (a dangling one too) are resolved first, so no spelling
     * reaches past the workspace.
     */
    public Optional<Path> resolve(String name) {
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path typed;
        try {
            typed = Path.of(name.trim());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Path candidate = (typed.isAbsolute() ? typed : root.resolve(typed)).normalize();
        return contains(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Whether a path, once its links are followed (a dangling one to where it points), is inside. */
    public boolean contains(Path path) {
        Optional<Path> real = realPath(path.toAbsolutePath().normalize(), 0);
        Optional<Path> realRoot = realPath(root, 0);
        return real.isPresent() && realRoot.isPresent() && real.get().startsWith(realRoot.get());
    }

    /**
     * The real path of a path that may not exist yet: its own real path if it exists; the target's,
     * for a link, even one that dangles (writing through it would create the target); else the real
     * path of its folder with its name appended. Empty for a loop of links or an unreadable link.
     */
    private static Optional<Path> realPath(Path path, int hops) {
        if (hops > MAX_LINK_HOPS) {
            return Optional.empty();
        }
        try {
            if (Files.isSymbolicLink(path)) {
                Path parent = path.getParent() == null ? path : path.getParent();
                return realPath(parent.resolve(Files.readSymbolicLink(path)).normalize(), hops + 1);
            }
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(path.toRealPath());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Path parent = path.getParent();
        if (parent == null) {
            return Optional.of(path);
        }
        return realPath(parent, hops + 1).map(real -> real.resolve(path.getFileName()));
    }

    /**
     * Whether a path written in a lesson names a place in any learner's workspace, on any system:
     * relative, no {@code ..} segment, no drive letter, no {@code ~}, no NUL; {@code /} or
     * {@code \\} separated. Where it leads on this machine is still decided by {@link #resolve}.
     */
    public static boolean isPortableRelative(String path) {
        if (path == null || path.isBlank() || path.indexOf('\0') >= 0) {
            return false;
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
                || (path.length() >= 2 && path.charAt(1) == ':')) {
            return false;
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The path shown to the learner: relative to the workspace, with forward slashes. */
    public String display(Path path) {
        Path relative = root.relativize(path.toAbsolutePath().normalize());
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
