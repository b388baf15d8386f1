package io.github.dockertutor.base;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * Keeps the details of unexpected errors (stack traces included) in a log file, so the learner
 * sees one clear sentence and a teacher can still find out what happened.
 */
public final class ErrorLog {
    private static final long MAX_BYTES = 1_000_000;

    private final Path file;

    public ErrorLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends the error; never throws, because it runs when something already went wrong. */
    public void record(String context, Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.println(OffsetDateTime.now() + " " + context);
            error.printStackTrace(out);
        }
        write(text.toString());
    }

    /** Appends a line of context (engine faults, reconnects). */
    public void note(String line) {
        write(OffsetDateTime.now() + " " + line + System.lineSeparator());
    }

    private void write(String text) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                // keep one old log; a learner's disk should not fill up with ours
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // nowhere left to report to; the learner already saw the short message
        }
    }
}
