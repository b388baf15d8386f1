package io.github.dockertutor.session;

import io.github.dockertutor.base.ErrorLog;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches the workspace folder, and its folders as they appear, and has the current step checked
 * when a file in it is saved ({@link StepRecheck}), so a learner who edits the Dockerfile in VS
 * Code or any other editor moves on without typing {@code check}, as one who uses the docker CLI
 * in another terminal does through the engine's events. Files editors keep beside the one they
 * edit (vim's swap files, backups) change nothing worth a check.
 */
public final class WorkspaceWatch implements AutoCloseable {
    /** Enough for any workspace of the course; a folder tree bigger than this is not watched further. */
    private static final int MAX_FOLDERS = 500;
    /** vim's swap and test files, backups ending in ~, emacs's locks, the tutor's own file in the making. */
    private static final Pattern EDITOR_LEFTOVERS = Pattern.compile("(?:.*\\.sw[a-z]|.*~|4913|\\.#.*|\\..*\\.saving)");

    private final Path root;
    private final StepRecheck recheck;
    private final ErrorLog log;
    private WatchService service;
    private Thread thread;
    private int folders;

    public WorkspaceWatch(Path root, StepRecheck recheck, ErrorLog log) {
        this.root = root;
        this.recheck = recheck;
        this.log = log;
    }

    /** Starts watching; when the system cannot watch the folder, the tutor goes on without it. */
    public void start() {
        try {
            service = FileSystems.getDefault().newWatchService();
            register(root);
        } catch (IOException | RuntimeException e) {
            log.record("workspace watch: cannot watch " + root, e);
            closeService();
            return;
        }
        thread = new Thread(this::run, "dockertutor-workspace-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    changed |= handle(key, event);
                }
                key.reset();
                if (changed) {
                    recheck.changed();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the tutor is ending
        } catch (RuntimeException e) {
            log.record("workspace watch stopped", e);
        }
    }

    /** Whether the event is a change worth a check; a new folder is watched from now on. */
    private boolean handle(WatchKey key, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            return true;
        }
        Path name = (Path) event.context();
        if (EDITOR_LEFTOVERS.matcher(name.toString()).matches()) {
            return false;
        }
        Path changed = ((Path) key.watchable()).resolve(name);
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
            try {
                register(changed);
            } catch (IOException | RuntimeException e) {
                log.record("workspace watch: cannot watch " + changed, e);
            }
        }
        return true;
    }

    /** Watches a folder and every folder under it; links to folders are not followed out. */
    private void register(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path each : (Iterable<Path>) tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                if (folders >= MAX_FOLDERS) {
                    return;
                }
                each.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                folders++;
            }
        }
    }

    @Override
    public void close() {
        closeService();
        if (thread != null) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closeService() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // the watch is going away with the tutor
            }
        }
    }
}
