package io.github.dockertutor.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a pack is written through (its compressed images, the pack before its
 * rename), beside the pack, where there is room for them. Each is named after the process that
 * writes it, {@code .dockertutor-pack-PID-RANDOM.SUFFIX}, and removed on every way out: when done
 * with, when the process ends (Ctrl-C and SIGTERM run the JVM's shutdown hooks), and, after a
 * {@code kill -9} that runs nothing, by the next pack written in the same folder once that process
 * is gone. A teacher's disk is not left holding gigabytes of half-made packs.
 */
final class TempFiles {
    static final String PREFIX = ".dockertutor-pack-";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-[0-9a-f]{8}\\.[a-z]+");
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Thread cleanup = new Thread(() -> OPEN.forEach(TempFiles::deleteQuietly), "dockertutor-pack-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    private TempFiles() {
    }

    /** A new, empty temporary file in {@code dir}, removed at the latest when this process ends. */
    static Path create(Path dir, String suffix) throws IOException {
        removeStale(dir);
        Path file = dir.resolve(PREFIX + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "." + suffix);
        OPEN.add(file);
        try {
            return Files.createFile(file);
        } catch (IOException e) {
            OPEN.remove(file);
            throw e;
        }
    }

    /** The file is gone (deleted, or renamed into place): nothing to remove for it any more. */
    static void done(Path file) {
        OPEN.remove(file);
    }

    /** Deletes the file now, if it is still there. */
    static void delete(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            OPEN.remove(file);
        }
    }

    /** Removes what packs killed outright left in {@code dir}: files of processes that no longer run. */
    static void removeStale(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path entry : entries) {
                Matcher matcher = OURS.matcher(entry.getFileName().toString());
                if (matcher.matches() && !running(Long.parseLong(matcher.group(1)))) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list holds nothing we could remove either
        }
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // removed by the next pack in this folder
        }
    }
}
