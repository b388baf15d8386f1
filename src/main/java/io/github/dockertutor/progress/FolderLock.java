package io.github.dockertutor.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two tutors from reading and writing progress at the same moment: an exclusive lock on a
 * lock file, held around each read-modify-write. The operating system's lock guards against other
 * processes; within one JVM a plain lock per file comes first, because Java gives one process a
 * file lock only once and throws (instead of waiting) when a second thread asks for it.
 */
final class FolderLock {
    /** What runs while the lock is held. */
    interface Action<T> {
        T run() throws IOException;
    }

    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;

    FolderLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** Runs the action holding the lock. Fails if the lock file cannot be created (an unwritable folder). */
    <T> T whileHeld(Action<T> action) throws IOException {
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key(), path -> new ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = lockIfSupported(channel);
            try {
                return action.run();
            } finally {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            }
        } finally {
            inProcess.unlock();
        }
    }

    /**
     * Some file systems (certain network shares) refuse locks altogether; the tutor then goes on
     * unlocked rather than not saving at all, since two tutors at once is the rare case.
     */
    private static FileLock lockIfSupported(FileChannel channel) {
        try {
            return channel.lock();
        } catch (IOException e) {
            return null;
        }
    }

    private Path key() {
        Path absolute = lockFile.toAbsolutePath().normalize();
        try {
            // Two spellings of one folder (a symlink, a relative path) must share one in-process lock.
            return absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
