package io.github.dockertutor.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces a file so that, whenever the process dies, the file on disk is either the old complete
 * version or the new complete one: write a temporary file beside it, force it to the disk, then
 * rename it over the old one. Temporary files are named {@code <file>.<random>.tmp}.
 */
final class AtomicFile {
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    /** Runs between the forced write and the rename; tests make it throw to act out a crash there. */
    Runnable beforeRename = () -> { };

    AtomicFile(Path file) {
        this.file = file;
    }

    void write(byte[] content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX);
        try {
            try (FileChannel channel = createPrivate(temp)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeRename.run();
            rename(temp);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        forceFolder();
    }

    /** The learner's file is theirs alone: owner read and write where the system knows such bits. */
    private static FileChannel createPrivate(Path path) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(path, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(path, options);
    }

    /** Deletes temporary files a crashed write left behind. Call only while holding the folder lock. */
    void removeLeftovers() {
        String prefix = file.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path entry : entries) {
                deleteQuietly(entry);
            }
        } catch (IOException e) {
            // A leftover we cannot list or delete does no harm: it is never read.
        }
    }

    private void rename(Path temp) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                moveOver(temp);
                return;
            } catch (AccessDeniedException e) {
                // On Windows a reader (another tutor, a virus scanner) holding the file open blocks the
                // replace for a moment; a few short retries ride that out.
                if (attempt == 5) {
                    throw e;
                }
                pause(20L * attempt);
            }
        }
    }

    private void moveOver(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on Linux; other systems cannot open a folder and need not. */
    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort: the data itself was already forced.
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left for the next load to clean up
        }
    }
}
