package io.github.dockertutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The course's two parts as lessons folders of their own, for the integration tests that run a
 * part: the first (lessons 1-9, busybox and images built from it) needs nothing but busybox; the
 * second (10-14, data science) needs python, jupyter and registry, which {@code scripts/test}
 * builds beside the tests ({@link DataScienceImages#await}).
 */
public final class CourseParts {
    public static final int LAST_OF_FIRST_PART = 9;

    private CourseParts() {
    }

    /** Lessons 1-9, copied into {@code dir/first-part}. */
    public static Path firstPart(Path dir) {
        return copy(dir.resolve("first-part"), 1, LAST_OF_FIRST_PART);
    }

    /** Lessons 10 on, copied into {@code dir/second-part}. */
    public static Path secondPart(Path dir) {
        return copy(dir.resolve("second-part"), LAST_OF_FIRST_PART + 1, Integer.MAX_VALUE);
    }

    private static Path copy(Path target, int from, int to) {
        Path lessons = Path.of("lessons").toAbsolutePath();
        try (Stream<Path> folders = Files.list(lessons)) {
            Files.createDirectories(target);
            for (Path folder : folders.sorted().toList()) {
                String name = folder.getFileName().toString();
                if (!Files.isDirectory(folder) || !name.matches("\\d\\d-.*")) {
                    continue;
                }
                int number = Integer.parseInt(name.substring(0, 2));
                if (number >= from && number <= to) {
                    copyTree(folder, target.resolve(name));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder and everything in it, copied to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
