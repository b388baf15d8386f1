package io.github.dockertutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code dockertutor new lesson NN-slug}: writes a lesson folder that already works (a practice
 * step and a quiz, in both languages, the translation stamped) for a teacher to change into their
 * own. It passes {@code lint --strict} and {@code verify} as written. The files are templates kept
 * beside this class, so what a teacher starts from reads as a lesson, not as Java strings.
 */
public final class LessonSkeleton {
    private static final List<String> FILES = List.of(LessonReader.YAML, "en.md", "zh-TW.md");

    /** Why no lesson was written, as a message key and its arguments. */
    public static final class Refused extends Exception {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private LessonSkeleton() {
    }

    /**
     * Writes {@code courseDir/id} with its three files; nothing is written when it refuses: a
     * malformed id, a folder that exists, or a number another lesson of the course has.
     */
    public static Path write(Path courseDir, String id) throws Refused, IOException {
        checkId(id);
        Path folder = courseDir.resolve(id);
        if (Files.exists(folder)) {
            throw new Refused("new.lesson.exists", folder);
        }
        if (Files.isDirectory(courseDir)) {
            Optional<String> taken = LessonLoader.lessonFolders(courseDir).stream()
                    .map(path -> path.getFileName().toString())
                    .filter(name -> Ids.isLessonId(name) && Ids.lessonNumber(name) == Ids.lessonNumber(id))
                    .findFirst();
            if (taken.isPresent()) {
                throw new Refused("new.lesson.numberTaken", id.substring(0, 2), taken.get(), nextFree(courseDir));
            }
        }
        Files.createDirectories(folder);
        for (String file : FILES) {
            Files.writeString(folder.resolve(file), fill(template(file), id), StandardCharsets.UTF_8);
        }
        // the translation starts out current with its English, like any the teacher has checked
        TranslationStamper.stamp(folder);
        return folder;
    }

    /** Refuses an id that is not {@code NN-slug}, before anything else is looked at. */
    public static void checkId(String id) throws Refused {
        if (!Ids.isLessonId(id)) {
            throw new Refused("new.lesson.badId", id);
        }
    }

    /** The lowest lesson number the course does not use yet, as two digits. */
    static String nextFree(Path courseDir) throws IOException {
        List<Integer> used = LessonLoader.lessonFolders(courseDir).stream()
                .map(path -> path.getFileName().toString()).filter(Ids::isLessonId).map(Ids::lessonNumber).toList();
        int number = 1;
        while (used.contains(number) && number < 99) {
            number++;
        }
        return String.format(Locale.ROOT, "%02d", number);
    }

    /** {@code 10-data-volumes} -> title "Data volumes", container "hello-10". */
    private static String fill(String template, String id) {
        String slug = id.substring(3).replace('-', ' ');
        String title = slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
        return template.replace("${id}", id).replace("${title}", title).replace("${container}", "hello-" + id.substring(0, 2));
    }

    private static String template(String file) {
        try (InputStream in = LessonSkeleton.class.getResourceAsStream("skeleton/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the lesson template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
