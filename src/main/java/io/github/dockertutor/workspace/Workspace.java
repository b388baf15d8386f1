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
     * itself); empty when it would be outside, directly or through a link.
     */
    public Optional<Path> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Path typed;
        try {
            typed = Path.of(name.trim());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Path candidate = (typed.isAbsolute() ? typed : root.resolve(typed)).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        return staysInside(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Whether an existing path (or the nearest existing folder above it) is really inside, links followed. */
    private boolean staysInside(Path candidate) {
        try {
            Path realRoot = Files.exists(root) ? root.toRealPath() : root;
            Path existing = candidate;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return true;
            }
            Path real = Files.exists(existing) ? existing.toRealPath() : existing;
            return real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path shown to the learner: relative to the workspace, with forward slashes. */
    public String display(Path path) {
        Path relative = root.relativize(path.toAbsolutePath().normalize());
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
