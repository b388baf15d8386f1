package io.github.dockertutor.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The classes a start loads, for the launcher's class-data archive. The first session after a
 * build runs with {@code -XX:DumpLoadedClassList}, the launcher names that list in
 * {@value #PROPERTY}, and when the session ends it writes the listed classes into the archive that
 * every later start maps. The JVM moves the whole archive in memory at every start, so all the
 * classes of a long first session (a learner's first lessons) made every later start slower:
 * 33 MB of archive against 19 MB, 263 against 226 ms (bench/README, "seventh look"). Most starts
 * are a learner coming back to an open step, whose page is shown before the prompt; so the list is
 * kept a moment after the first prompt with a step open: at once for a learner coming back, after
 * {@code start 1} for a new one. It is copied as it stands, beside it ({@code .start}), and the
 * launcher archives that copy; what the session loads later comes from the jar when first used. A
 * first session that opens no step leaves the whole list, as before.
 */
final class StartClassList {
    /** The system property the launcher sets to the list's path. */
    static final String PROPERTY = "dockertutor.classList";
    /** Long enough for the prompt to be drawn and the line editor made. */
    private static final long AFTER_PROMPT_MILLIS = 300;

    private final Optional<Path> list;
    private boolean kept;

    private StartClassList(Optional<Path> list) {
        this.list = list;
    }

    /** The list the launcher named, if it did (the first session after a build). */
    static StartClassList fromLauncher() {
        return new StartClassList(Optional.ofNullable(System.getProperty(PROPERTY)).filter(name -> !name.isBlank())
                .map(Path::of));
    }

    /**
     * Called at every prompt: the first time a step is open, the list is kept a moment later, on a
     * thread of its own; else nothing.
     */
    void keepSoonOnceAStepIsOpen(boolean stepOpen) {
        if (kept || !stepOpen || list.isEmpty()) {
            return;
        }
        kept = true;
        Thread keeper = new Thread(() -> {
            try {
                Thread.sleep(AFTER_PROMPT_MILLIS);
                keep(list.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // the launcher then archives the whole list, as it did before there was a copy
            }
        }, "start-classes");
        keeper.setDaemon(true);
        keeper.start();
    }

    /**
     * The list's whole lines as they stand (the JVM may be writing the next one), written beside it
     * under a name of its own and renamed: a session that ends meanwhile leaves no half of a copy.
     */
    static Path keep(Path list) throws IOException {
        byte[] listed = Files.readAllBytes(list);
        int end = listed.length;
        while (end > 0 && listed[end - 1] != '\n') {
            end--;
        }
        Path kept = list.resolveSibling(list.getFileName() + ".start");
        Path partial = list.resolveSibling(list.getFileName() + ".start.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            out.write(listed, 0, end);
        }
        return Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
