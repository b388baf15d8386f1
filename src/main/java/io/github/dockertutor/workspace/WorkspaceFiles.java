package io.github.dockertutor.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's file read and saved by the tutor's editor: only inside the workspace, decided on real
 * paths each time (a link swapped in while the file was open is refused at saving), and saved
 * whole or not at all (a new file beside it, then renamed over it) with the mode the file had, so
 * a file an image's non-root server must read stays readable. A new file gets rw-r--r--.
 */
public final class WorkspaceFiles {
    /** What a new file gets, as with the usual umask: its owner writes, everyone reads. */
    public static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Workspace workspace;

    public WorkspaceFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The file's bytes, or empty when there is no file yet. */
    public Optional<byte[]> read(Path file) throws IOException {
        requireInside(file);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /** Replaces the file's content, keeping its mode; creates it (and its folders) when missing. */
    public void save(Path file, byte[] content) throws IOException {
        requireInside(file);
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        requireInside(target);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Optional<Set<PosixFilePermission>> mode = posix() ? Optional.of(Files.exists(target)
                ? Files.getPosixFilePermissions(target) : NEW_FILE) : Optional.empty();
        Path fresh = Files.createTempFile(folder, "." + target.getFileName() + ".", ".saving");
        try {
            Files.write(fresh, content);
            if (mode.isPresent()) {
                Files.setPosixFilePermissions(fresh, mode.get());
            }
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private void requireInside(Path file) throws AccessDeniedException {
        if (!workspace.contains(file)) {
            throw new AccessDeniedException(file.toString(), null, "outside the workspace " + workspace.root());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
