package io.github.dockertutor.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which courses loaded whole, with no problem, as they were then: a fingerprint per course, in a
 * small file of the learner's data folder. A fingerprint covers the tutor's jar (a new build may
 * check lessons differently) and every file of a course on disk, by name, size and time of change;
 * a course inside the jar is covered by the jar's. A teacher's edit changes it, so an edited course
 * is read and checked at start again, and its problems are reported as before. Where nothing can be
 * fingerprinted (the tutor runs from a classes folder) or the file cannot be read, nothing is
 * known, and the course is read at start as it always was.
 */
public final class SoundCourses {
    /** Enough for a teacher's few courses; older ones are forgotten first. */
    private static final int KEPT = 8;

    private final Path file;
    private final Optional<Path> tutorJar;

    /** The record in {@code file}, for the tutor running from its jar. */
    public SoundCourses(Path file) {
        this(file, CourseLocation.jar());
    }

    SoundCourses(Path file, Optional<Path> tutorJar) {
        this.file = file;
        this.tutorJar = tutorJar;
    }

    /** The fingerprint of the course {@link CourseLocation} would read, if it can be taken. */
    Optional<String> fingerprint(Optional<Path> flag) {
        if (tutorJar.isEmpty()) {
            return Optional.empty();
        }
        try {
            // two checksums rather than a cryptographic hash: nothing here is secret or attacked,
            // and setting up the JDK's security providers would cost a start more than the rest
            Fingerprint print = new Fingerprint();
            print.add("jar", tutorJar.get());
            Optional<Path> dir = CourseLocation.onDisk(flag);
            if (dir.isPresent()) {
                Path root = dir.get().toRealPath();
                print.add(root.toString(), root);
                addTree(print, root, root);
            }
            return Optional.of(print.value());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every file and folder under {@code folder}, in name order, by path, size and time of change. */
    private static void addTree(Fingerprint print, Path root, Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            boolean isFolder = print.add(root.relativize(entry).toString(), entry);
            if (isFolder) {
                addTree(print, root, entry);
            }
        }
    }

    boolean contains(String fingerprint) {
        return read().contains(fingerprint);
    }

    /** Records a sound load; a file that cannot be written only means the next start reads the course. */
    void remember(String fingerprint) {
        List<String> kept = new ArrayList<>(read());
        if (kept.contains(fingerprint)) {
            return;
        }
        kept.add(fingerprint);
        List<String> recent = kept.subList(Math.max(0, kept.size() - KEPT), kept.size());
        try {
            Files.createDirectories(file.getParent());
            Path fresh = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
            try {
                Files.write(fresh, recent, StandardCharsets.UTF_8);
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException | RuntimeException e) {
            // nothing lost: the record only saves work
        }
    }

    private List<String> read() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * CRC-32 and CRC-32C of the same names, sizes and times: 64 bits, a chance collision far
     * beyond a teacher's edits.
     */
    private static final class Fingerprint {
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();

        /** Adds one entry; whether it is a folder. */
        boolean add(String name, Path path) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String line = name + (attributes.isDirectory() ? " /" : " " + attributes.size() + " "
                    + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.MICROSECONDS)) + "\n";
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            crc.update(bytes);
            crcC.update(bytes);
            return attributes.isDirectory();
        }

        String value() {
            return Long.toHexString(crc.getValue() << 32 | crcC.getValue());
        }
    }
}
