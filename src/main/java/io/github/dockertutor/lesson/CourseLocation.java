package io.github.dockertutor.lesson;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the course is read from: {@code --lessons DIR} if given; else a {@code lessons/} folder
 * beside the jar (or one level up, the layout of a source checkout with the jar in target/), so a
 * teacher can edit lessons without rebuilding; else the copy packaged inside the jar.
 */
public final class CourseLocation {
    private CourseLocation() {
    }

    /** The lessons folder on disk, if there is one to use. */
    public static Optional<Path> onDisk(Optional<Path> flag) {
        if (flag.isPresent()) {
            return flag;
        }
        Optional<Path> jarDir = jarDirectory();
        if (jarDir.isPresent()) {
            for (Path candidate : new Path[] {jarDir.get().resolve("lessons"), jarDir.get().resolveSibling("lessons")}) {
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** One lesson alone, from where {@link #load} reads the course ({@link LessonLoader#loadOne}). */
    public static Optional<Lesson> loadLesson(Optional<Path> flag, String id) {
        Optional<Path> dir = onDisk(flag);
        return dir.isPresent() ? LessonLoader.loadOne(dir.get(), id) : LessonLoader.loadOneFromClasspath(id);
    }

    /** Loads the course from disk when there is a folder, else from inside the jar. */
    public static Course load(Optional<Path> flag) {
        Optional<Path> dir = onDisk(flag);
        return dir.isPresent() ? LessonLoader.load(dir.get()) : LessonLoader.loadFromClasspath();
    }

    private static Optional<Path> jarDirectory() {
        return jar().map(Path::getParent);
    }

    /** The tutor's jar, when it runs from one (not from a build's classes folder). */
    static Optional<Path> jar() {
        try {
            var source = CourseLocation.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isRegularFile(location) ? location : null);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
