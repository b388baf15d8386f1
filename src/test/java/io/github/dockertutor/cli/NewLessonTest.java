package io.github.dockertutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.render.Columns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dockertutor new lesson NN-slug}: a skeleton in both languages that lint --strict accepts on
 * its own and beside the shipped course; a taken number, an existing folder or a malformed id is
 * refused with nothing written. (That verify accepts it on a real engine is NewLessonIT's.)
 */
class NewLessonTest {
    @TempDir
    Path dir;

    private Cli.Run run(String language, String... args) {
        String[] all = Stream.concat(Stream.of("--lang", language), Stream.of(args)).toArray(String[]::new);
        return Cli.run(dir.resolve("home"), dir, Map.of(), "", all);
    }

    @Test
    void theSkeletonLintsStrictInBothLanguages() throws IOException {
        Files.createDirectories(dir.resolve("course"));
        Cli.Run made = run("zh-TW", "--lessons", "course", "new", "lesson", "10-data-volumes");
        assertEquals(ExitCode.OK, made.code(), made.out() + made.err());
        assertTrue(made.out().startsWith("已建立 course/10-data-volumes："), made.out());
        assertTrue(made.out().lines().allMatch(line -> Columns.of(line) <= 80), made.out());
        for (String file : List.of("lesson.yaml", "en.md", "zh-TW.md")) {
            assertTrue(Files.isRegularFile(dir.resolve("course/10-data-volumes").resolve(file)), file);
        }
        Cli.Run lint = run("en", "lint", "--strict", "course");
        assertEquals(ExitCode.OK, lint.code(), lint.out());
        assertEquals("1 lesson, 0 problems\n", lint.out());

        Course course = LessonLoader.load(dir.resolve("course"));
        Lesson lesson = course.lessons().get(0);
        assertEquals("Data volumes", lesson.title().en());
        assertEquals(List.of("say-hello", "what-happened"), lesson.steps().stream().map(step -> step.id()).toList());
        assertEquals("讓容器打聲招呼", lesson.steps().get(0).title().get(Language.ZH_TW));
        assertEquals(List.of("docker run --name hello-10 busybox echo hello"),
                lesson.steps().get(0).solution().commands());
    }

    @Test
    void aNewLessonBesideTheShippedCourseLintsStrict() throws IOException {
        Path course = dir.resolve("lessons");
        copy(Path.of("lessons"), course);
        Cli.Run made = run("en", "new", "lesson", "lessons/99-my-topic");
        assertEquals(ExitCode.OK, made.code(), made.out() + made.err());
        Cli.Run lint = run("en", "lint", "--strict", "lessons");
        assertEquals(ExitCode.OK, lint.code(), lint.out());
        assertTrue(lint.out().endsWith((shipped() + 1) + " lessons, 0 problems\n"), lint.out());
    }

    @Test
    void aTakenNumberAnExistingFolderOrABadIdWritesNothing() throws IOException {
        Path course = Files.createDirectories(dir.resolve("course"));
        assertEquals(ExitCode.OK, run("en", "new", "lesson", "course/03-first").code());
        Cli.Run taken = run("en", "new", "lesson", "course/03-second");
        assertEquals(ExitCode.USAGE, taken.code());
        assertEquals("lesson number 03 is taken by 03-first; nothing was written. Choose a number no\n"
                + "lesson has, such as 01.\n", taken.err());
        assertFalse(Files.exists(course.resolve("03-second")));

        String before = Files.readString(course.resolve("03-first/en.md"));
        Files.writeString(course.resolve("03-first/en.md"), before + "\nMine.\n");
        Cli.Run exists = run("en", "new", "lesson", "course/03-first");
        assertEquals(ExitCode.USAGE, exists.code());
        assertEquals("course/03-first already exists; nothing was written. Choose another id, or edit that lesson.",
                exists.err().replace("\n", " ").strip());
        assertEquals(before + "\nMine.\n", Files.readString(course.resolve("03-first/en.md")), "the teacher's work is kept");

        Cli.Run bad = run("zh-TW", "new", "lesson", "course/3-Bad");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().startsWith("3-Bad 不是課程 id"), bad.err());
        Cli.Run usage = run("en", "new", "course", "x");
        assertEquals(ExitCode.USAGE, usage.code());
        assertTrue(usage.err().startsWith("Usage: dockertutor new lesson NN-slug"), usage.err());
        try (Stream<Path> left = Files.list(course)) {
            assertEquals(List.of("03-first"), left.map(path -> path.getFileName().toString()).toList());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        io.github.dockertutor.CourseParts.copyTree(from, to);
    }

    /** How many lessons the course ships: the tests hold for a course that grows. */
    private static long shipped() throws IOException {
        try (java.util.stream.Stream<Path> folders = Files.list(Path.of("lessons"))) {
            return folders.filter(folder -> folder.getFileName().toString().matches("\\d\\d-.*")).count();
        }
    }
}
