package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.check.Specs;
import io.github.dockertutor.i18n.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture course (three sound lessons and a broken one) loaded from disk, the classpath and a jar. */
class LessonLoaderTest {
    private static final Path COURSE = Fixtures.path("course");

    @Test
    void loadsTheSoundLessonsInFolderOrderAndReportsTheBrokenOne() {
        Course course = LessonLoader.load(COURSE);
        assertEquals(List.of("01-first-look", "02-pull-an-image", "03-build-and-serve"),
                course.lessons().stream().map(Lesson::id).toList());
        assertEquals(4, course.examined());
        assertEquals(List.of("lesson.yaml:12: lint.yaml.missingField [ref]",
                        "lesson.yaml:13: lint.yaml.unknownField [reff, check image, ref, absent, label, exposes, hasCmd, cached, changed, workdir, entrypoint]"),
                course.problems().stream().map(p -> Fixtures.describe(p, COURSE.resolve("04-broken-typo"))).sorted().toList());
        assertFalse(course.isSound());
    }

    @Test
    void aStaleTranslationIsLintsWarningAndALearnersLoadDoesNotCompareTranslations(@TempDir Path dir) throws IOException {
        Path course = dir.resolve("lessons");
        io.github.dockertutor.CourseParts.copyTree(Path.of("lessons"), course);
        Path english = course.resolve("04-run-a-container/en.md");
        Files.writeString(english, Files.readString(english).replace("Ask Docker which containers are running:",
                "Ask Docker which containers run right now:"));

        Course forLint = LessonLoader.loadForLint(course);
        assertEquals(List.of("zh-TW.md:51: lint.stamp.stale"), forLint.warnings().stream()
                .map(w -> w.file().getFileName() + ":" + w.line() + ": " + w.messageKey()).toList());
        Course forLearner = LessonLoader.load(course);
        assertTrue(forLearner.isSound(), forLearner.problems().toString());
        assertEquals(List.of(), forLearner.warnings());
        assertTrue(forLearner.lesson("04-run-a-container").isPresent());

        // a stamp written into the English is still a problem for a learner: the lesson does not load
        Files.writeString(english, Files.readString(english).replace("{#list-containers}", "{#list-containers src=0bf98da}"));
        Course broken = LessonLoader.load(course);
        assertEquals(List.of("en.md:51: lint.stamp.inSource"), broken.problems().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.messageKey()).toList());
        assertTrue(broken.lesson("04-run-a-container").isEmpty());
    }

    @Test
    void aLessonCarriesItsMetadataProseAndSteps() {
        Lesson lesson = LessonLoader.load(COURSE).lesson("02-pull-an-image").orElseThrow();
        assertEquals(2, lesson.number());
        assertEquals("拉取映像檔", lesson.title().in(Language.ZH_TW).text());
        assertEquals(List.of("busybox:latest"), lesson.images());
        assertEquals("", lesson.intro().en());
        assertEquals(COURSE.resolve("02-pull-an-image"), lesson.folder());

        Step pull = lesson.steps().get(0);
        assertEquals("pull-busybox", pull.id());
        assertEquals("Get busybox", pull.title().en());
        assertEquals("取得 busybox", pull.title().zhTw());
        assertTrue(pull.body().en().startsWith("Pull the small busybox image:"), pull.body().en());
        // the ## lines inside both code blocks stay in the body: they are code, not steps
        assertTrue(pull.body().en().contains("## a shell comment inside a code block is not a step"));
        assertTrue(pull.body().en().endsWith("````"), pull.body().en());
        assertEquals(2, pull.hints().size());
        assertEquals("輸入 `docker pull busybox`。", pull.hints().get(1).text().zhTw());
        assertEquals(List.of("docker pull busybox"), pull.solution().commands());
        assertEquals(Specs.IMAGE, pull.check().kind());
        assertEquals("busybox:latest", pull.check().string("ref"));
        assertFalse(pull.check().bool("absent"));
        assertEquals(12, pull.check().line());

        Step run = lesson.step("run-hello").orElseThrow();
        assertEquals("exited", run.check().string("state"));
        assertEquals(0, run.check().integer("exitCode"));
        assertEquals("hello", run.check().string("logContains"));
    }

    @Test
    void checksGetTheirDefaultsAndNormalizedValues() {
        Course course = LessonLoader.load(COURSE);
        Lesson first = course.lesson("01-first-look").orElseThrow();
        assertEquals("A first look", first.title().en());
        assertTrue(first.intro().en().startsWith("Docker runs programs"), "the # title line is not part of the intro");
        assertEquals("b", first.steps().get(0).check().string("answer"));
        Step listing = first.steps().get(1);
        assertTrue(listing.optional());
        assertEquals("container-name", listing.check().string("of"));
        assertEquals(2, listing.wrong().size(), "wrong attempts are read like solutions");
        assertEquals(List.of("answer busybox"), listing.wrong().get(0).commands());
        assertEquals("the image, not the container", listing.wrong().get(1).files().get("notes.txt"));
        assertTrue(listing.body().zhTw().contains("| STATUS | 執行中或已結束 |"));

        Lesson build = course.lesson("03-build-and-serve").orElseThrow();
        CheckSpec dockerfile = build.steps().get(0).check();
        assertEquals("Dockerfile", dockerfile.string("path"));
        assertEquals(List.of("FROM", "COPY", "CMD"), dockerfile.strings("instructions"));
        assertEquals(List.of("Dockerfile", "www/index.html"), List.copyOf(build.steps().get(0).solution().files().keySet()));
        assertEquals("<h1>hello</h1>\n", build.steps().get(0).solution().files().get("www/index.html"));
        assertTrue(build.steps().get(1).check().bool("hasCmd"));
        assertEquals("1234:8888", build.step("run-site").orElseThrow().check().string("publishes"));
        assertEquals("running", build.step("run-site").orElseThrow().check().string("state"));
        CheckSpec http = build.step("visit-site").orElseThrow().check();
        assertEquals(1234, http.integer("port"));
        assertEquals("/", http.string("path"));
        assertEquals(200, http.integer("status"));
        assertThrows(NoSuchElementException.class, () -> http.integer("exitCode"));
        assertEquals("notes/today.txt", build.step("keep-notes").orElseThrow().check().string("path"));
    }

    @Test
    void localizedTextFallsBackToEnglishAndSaysSo() {
        LocalizedText onlyEnglish = LocalizedText.of("Pull", null);
        assertEquals(new LocalizedText.Shown("Pull", true), onlyEnglish.in(Language.ZH_TW));
        assertEquals(new LocalizedText.Shown("Pull", false), onlyEnglish.in(Language.EN));
        assertEquals(new LocalizedText.Shown("拉取", false), LocalizedText.of("Pull", "拉取").in(Language.ZH_TW));
    }

    @Test
    void loadsFromAClasspathFolder() {
        Course course = LessonLoader.loadFromClasspath(getClass().getClassLoader(), "lessons-fixtures/course");
        assertEquals(3, course.lessons().size());
        assertEquals(2, course.problems().size());
    }

    @Test
    void loadsFromInsideAJarThroughItsFileSystem(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("tutor.jar");
        writeJar(jar, COURSE, "lessons");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Course course = LessonLoader.loadFromClasspath(loader, "lessons");
            assertEquals(List.of("01-first-look", "02-pull-an-image", "03-build-and-serve"),
                    course.lessons().stream().map(Lesson::id).toList());
            Lesson lesson = course.lessons().get(1);
            assertEquals("jar", lesson.folder().getFileSystem().provider().getScheme());
            assertEquals("Say hello", lesson.steps().get(1).title().en());
            assertEquals(2, course.problems().size());
            assertTrue(course.problems().get(0).file().toString().startsWith("/lessons/04-broken-typo/"),
                    course.problems().get(0).file().toString());
        }
    }

    @Test
    void aMissingFolderIsAProblemNotAnException(@TempDir Path temp) {
        Course course = LessonLoader.load(temp.resolve("nowhere"));
        assertEquals(List.of(new LintProblem(temp.resolve("nowhere"), 0, "lint.dir.missing")), course.problems());
        Course fromClasspath = LessonLoader.loadFromClasspath(getClass().getClassLoader(), "no-such-folder");
        assertEquals("lint.dir.missing", fromClasspath.problems().get(0).messageKey());
    }

    @Test
    void hiddenFoldersAndLooseFilesAreNotLessons(@TempDir Path temp) throws IOException {
        Path lesson = temp.resolve("02-pull-an-image");
        Files.createDirectories(lesson);
        for (String file : List.of("lesson.yaml", "en.md", "zh-TW.md")) {
            Files.copy(COURSE.resolve("02-pull-an-image").resolve(file), lesson.resolve(file));
        }
        Files.createDirectories(temp.resolve(".git/objects"));
        Files.writeString(temp.resolve("README.md"), "not a lesson");
        Course course = LessonLoader.load(temp);
        assertEquals(1, course.examined());
        assertTrue(course.isSound(), course.problems().toString());
    }

    @Test
    void aFileNamedLikeALessonIsNamedNotSkippedWithoutAWord(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("10-extra-lesson"), "a lesson unpacked wrong");
        Files.writeString(temp.resolve("notes.txt"), "not a lesson, and not named like one");
        Course course = LessonLoader.load(temp);
        assertEquals(List.of("lint.folder.notFolder"),
                course.problems().stream().map(LintProblem::messageKey).toList());
        assertEquals(temp.resolve("10-extra-lesson"), course.problems().get(0).file());
    }

    /** Writes a jar as the build does: the folder under {@code root/}, directory entries included. */
    static void writeJar(Path jar, Path folder, String root) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted().toList()) {
                String name = root + "/" + folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(path));
                }
                out.closeEntry();
            }
        }
    }

}
