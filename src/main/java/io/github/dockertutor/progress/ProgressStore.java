package io.github.dockertutor.progress;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.SetAside;
import io.github.dockertutor.base.SmallFile;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the learner's progress in {@code progress.json} in the data folder, safe against crashes
 * (atomic replace), against a second tutor open at the same time (a lock and a merge on every
 * save) and against a damaged or newer file (set aside under a new name, never deleted). Nothing
 * here throws: when the folder cannot be written the tutor goes on in memory and says so once.
 * One store per tutor, used from one thread; several stores (threads, processes) may share a folder.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";
    public static final String LOCK_NAME = "progress.lock";
    /** A real progress file is a few kilobytes; one this large is not ours, and reading it could exhaust memory. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final Path directory;
    private final Path file;
    private final Clock clock;
    private final FolderLock lock;
    final AtomicFile atomicFile;
    /** Why saving must not touch the file (set when an unusable file could not be set aside), or null. */
    private String readOnlyReason;
    /** The key of the last save notice given, so a failing save is reported once, not after every step. */
    private String lastNoticeKey;
    /** Whether the last save put the progress on disk; the tutor says "saved" only when it did. */
    private boolean lastSaveWorked = true;

    public ProgressStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    /** A store in {@code directory}; {@code clock} stamps the names of files set aside. */
    public ProgressStore(Path directory, Clock clock) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.clock = clock;
        this.lock = new FolderLock(directory.resolve(LOCK_NAME));
        this.atomicFile = new AtomicFile(file);
    }

    /** The store in the learner's data folder ({@link Environment#dataDirectory()}). */
    public static ProgressStore forEnvironment(Environment environment) {
        return new ProgressStore(environment.dataDirectory());
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the saved progress. No file gives a fresh start; an unusable one is renamed to
     * {@code progress.json.<reason>-<time>} and also gives a fresh start, with a notice naming it.
     */
    public LoadResult load() {
        List<ProgressNotice> notices = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Progress progress = lock.whileHeld(() -> loadLocked(notices));
            return new LoadResult(progress, notices);
        } catch (IOException | RuntimeException e) {
            notices.add(remember(unsaved(e)));
            return new LoadResult(readWithoutLock(), notices);
        }
    }

    /**
     * Saves, first folding in whatever another tutor saved since (so neither loses the other's
     * finished steps); {@code progress} itself receives that merge. Returns a notice when the
     * learner should hear about it: progress that cannot be kept, a damaged file set aside, or a
     * newer tutor's file left alone. A failure already reported is not reported again until a save works.
     */
    public Optional<ProgressNotice> save(Progress progress) {
        lastSaveWorked = false;
        if (readOnlyReason != null) {
            return once(ProgressNotice.of(ProgressNotice.UNSAVED, directory.toString(), readOnlyReason));
        }
        try {
            Files.createDirectories(directory);
            Optional<ProgressNotice> notice = lock.whileHeld(() -> saveLocked(progress));
            if (notice.isEmpty()) {
                lastNoticeKey = null;
            }
            return notice.flatMap(this::once);
        } catch (IOException | RuntimeException e) {
            return once(unsaved(e));
        }
    }

    /**
     * Whether the last {@link #save} put this session's progress on disk. False after a failure
     * even when its notice was not repeated, and while a newer tutor's file is left alone.
     */
    public boolean lastSaveWorked() {
        return lastSaveWorked;
    }

    private Progress loadLocked(List<ProgressNotice> notices) throws IOException {
        atomicFile.removeLeftovers();
        if (!Files.exists(file)) {
            return Progress.fresh();
        }
        try {
            return ProgressJson.read(readOrGoReadOnly());
        } catch (ProgressFormatException e) {
            notices.add(remember(keepAside(e.kind())));
            return Progress.fresh();
        }
    }

    private Optional<ProgressNotice> saveLocked(Progress progress) throws IOException {
        ProgressNotice notice = null;
        if (Files.exists(file)) {
            try {
                progress.absorb(ProgressJson.read(readProgressFile()));
            } catch (ProgressFormatException e) {
                if (e.kind() == ProgressFormatException.Kind.NEWER) {
                    // A newer tutor saved since we loaded; its file wins, untouched.
                    return Optional.of(ProgressNotice.of(ProgressNotice.NEWER_ON_DISK, file.toString()));
                }
                notice = keepAside(e.kind());
            }
        }
        atomicFile.write(ProgressJson.write(progress));
        lastSaveWorked = true;
        return Optional.ofNullable(notice);
    }

    /** Renames an unusable file out of the way, never over another file. */
    private ProgressNotice keepAside(ProgressFormatException.Kind kind) throws IOException {
        Path target = SetAside.freeName(directory, FILE_NAME + "." + kind.fileTag(), clock.instant());
        try {
            Files.move(file, target);
        } catch (IOException e) {
            // Saving now would overwrite the file we were asked never to lose.
            readOnlyReason = describe(e);
            throw e;
        }
        return ProgressNotice.of(ProgressNotice.KEPT_ASIDE_PREFIX + kind.fileTag(),
                target.getFileName().toString(), directory.toString());
    }

    private byte[] readOrGoReadOnly() throws IOException, ProgressFormatException {
        try {
            return readProgressFile();
        } catch (ProgressFormatException e) {
            throw e;
        } catch (IOException e) {
            readOnlyReason = describe(e); // a file we cannot read must not be replaced by a fresh one
            throw e;
        }
    }

    /**
     * progress.json's bytes. One that is no plain file (a folder, a FIFO, a link to /dev/zero) or is
     * far too large to be ours is damaged: set aside without being read, never waited on or loaded.
     */
    private byte[] readProgressFile() throws IOException, ProgressFormatException {
        try {
            return SmallFile.read(file, MAX_BYTES);
        } catch (SmallFile.NotAFile | SmallFile.TooLarge e) {
            throw new ProgressFormatException(ProgressFormatException.Kind.CORRUPT, e.getReason());
        }
    }

    /** Best effort when the folder cannot be locked: use a readable valid file, but never replace it. */
    private Progress readWithoutLock() {
        if (!Files.isRegularFile(file)) {
            return Progress.fresh();
        }
        try {
            return ProgressJson.read(SmallFile.read(file, MAX_BYTES));
        } catch (IOException | ProgressFormatException | RuntimeException e) {
            if (readOnlyReason == null) {
                readOnlyReason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            return Progress.fresh();
        }
    }

    private ProgressNotice unsaved(Exception e) {
        return ProgressNotice.of(ProgressNotice.UNSAVED, directory.toString(),
                readOnlyReason != null ? readOnlyReason : describe(e));
    }

    private Optional<ProgressNotice> once(ProgressNotice notice) {
        if (notice.key().equals(lastNoticeKey)) {
            return Optional.empty();
        }
        return Optional.of(remember(notice));
    }

    private ProgressNotice remember(ProgressNotice notice) {
        lastNoticeKey = notice.key();
        return notice;
    }

    /** The technical reason, short and without repeating the folder: "Not a directory", "Access denied: progress.lock". */
    String describe(Exception e) {
        if (e instanceof FileSystemException fse) {
            String what = fse.getReason() != null ? fse.getReason() : words(e.getClass().getSimpleName());
            if (fse.getFile() == null) {
                return what;
            }
            Path path = Path.of(fse.getFile());
            if (path.equals(directory)) {
                return what;
            }
            return what + ": " + (path.startsWith(directory) ? directory.relativize(path) : path);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** "AccessDeniedException" as "Access denied". */
    private static String words(String className) {
        String words = className.replace("Exception", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return words.isEmpty() ? className : words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
