package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.CourseParts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course read at first use, and known sound at start only while its files are those of its last
 * whole, sound load: an edit, a broken lesson, a new build of the tutor each make the next start
 * read and check it again, so its problems are reported as before.
 */
class CourseSourceTest {
    @TempDir
    Path dir;
    private Path lessons;
    private Path jar;
    private SoundCourses memory;

    @BeforeEach
    void twoLessons() throws Exception {
        lessons = dir.resolve("lessons");
        for (String lesson : new String[] {"01-why-docker", "02-dockerfile-image-container"}) {
            CourseParts.copyTree(Path.of("lessons", lesson), lessons.resolve(lesson));
        }
        jar = Files.writeString(dir.resolve("dockertutor.jar"), "the tutor");
        memory = new SoundCourses(dir.resolve("home/sound-courses"), Optional.of(jar));
    }

    private CourseSource start() {
        return CourseSource.lazily(Optional.of(lessons), memory);
    }

    @Test
    void aSoundCourseIsKnownSoundFromTheSecondStartOn() {
        CourseSource first = start();
        assertFalse(first.knownSound(), "nothing is known before the first whole load");
        assertEquals(2, first.get().lessons().size());
        assertTrue(start().knownSound());
        assertEquals(2, start().get().lessons().size(), "known sound, and still read whole when used");
    }

    @Test
    void anEditedFileMakesTheNextStartReadTheCourseAgain() throws Exception {
        start().get();
        Path prose = lessons.resolve("02-dockerfile-image-container/en.md");
        Files.writeString(prose, Files.readString(prose) + "\nOne more line.\n");
        assertFalse(start().knownSound());
    }

    @Test
    void aFileTouchedWithTheSameSizeIsAnEditToo() throws Exception {
        start().get();
        Path yaml = lessons.resolve("01-why-docker/lesson.yaml");
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(Files.getLastModifiedTime(yaml).toMillis() + 1000));
        assertFalse(start().knownSound());
    }

    @Test
    void aBrokenCourseIsNeverRecordedSound() throws Exception {
        Files.writeString(lessons.resolve("01-why-docker/lesson.yaml"), "format: 1\nid: [broken\n");
        CourseSource broken = start();
        assertFalse(broken.get().isSound());
        assertFalse(start().knownSound(), "its problems must be reported at every start");
    }

    @Test
    void aNewLessonFolderIsAnEdit() throws Exception {
        start().get();
        Files.createDirectories(lessons.resolve("03-pull-an-image"));
        assertFalse(start().knownSound());
    }

    @Test
    void aNewBuildOfTheTutorChecksTheCourseAgain() throws Exception {
        start().get();
        Files.writeString(jar, "the tutor, rebuilt");
        assertFalse(start().knownSound());
    }

    @Test
    void withoutAJarNothingIsKnownAndTheCourseStillLoads() {
        SoundCourses noJar = new SoundCourses(dir.resolve("home/sound-courses"), Optional.empty());
        CourseSource.lazily(Optional.of(lessons), noJar).get();
        CourseSource again = CourseSource.lazily(Optional.of(lessons), noJar);
        assertFalse(again.knownSound());
        assertEquals(2, again.get().lessons().size());
    }

    @Test
    void aRecordThatCannotBeWrittenOnlyCostsTheSavedWork() throws Exception {
        Files.writeString(dir.resolve("blocked"), "a file where the record's folder would be");
        SoundCourses blocked = new SoundCourses(dir.resolve("blocked/sound-courses"), Optional.of(jar));
        assertEquals(2, CourseSource.lazily(Optional.of(lessons), blocked).get().lessons().size());
        assertFalse(CourseSource.lazily(Optional.of(lessons), blocked).knownSound());
    }

    /** The lessons in each course a learner's names were applied to: which reads took place. */
    private final java.util.List<Integer> seen = new java.util.ArrayList<>();

    private CourseSource counted(CourseSource source) {
        return source.map(course -> {
            seen.add(course.lessons().size());
            return course;
        });
    }

    @Test
    void aLessonOfACourseKnownSoundIsReadAloneAndTheCourseStillWholeWhenUsed() {
        start().get();
        CourseSource source = counted(start());
        Optional<Lesson> lesson = source.lesson("02-dockerfile-image-container");
        assertTrue(lesson.isPresent());
        assertEquals(java.util.List.of(1), seen, "only the lesson asked for was read");
        assertEquals(lesson, source.lesson("02-dockerfile-image-container"));
        assertEquals(java.util.List.of(1), seen, "read once");
        assertEquals(2, source.get().lessons().size());
        assertEquals(java.util.List.of(1, 2), seen);
        assertEquals(lesson.get().id(), source.get().lesson("02-dockerfile-image-container").orElseThrow().id());
    }

    @Test
    void beforeTheCourseIsKnownSoundALessonComesFromTheWholeCourse() {
        CourseSource source = counted(start());
        assertTrue(source.lesson("01-why-docker").isPresent());
        assertEquals(java.util.List.of(2), seen, "its problems must be known: the course is read whole");
    }

    @Test
    void anIdFromTheProgressFileIsNeverResolvedOutsideTheLessons() throws Exception {
        CourseParts.copyTree(Path.of("lessons", "03-pull-an-image"), dir.resolve("elsewhere/03-pull-an-image"));
        start().get();
        assertFalse(start().lesson("../elsewhere/03-pull-an-image").isPresent());
        assertFalse(start().lesson("03-pull-an-image").isPresent(), "not a lesson of this course");
        assertTrue(start().lesson("01-why-docker").isPresent());
    }

    @Test
    void aCourseIsReadOnlyWhenFirstUsedAndOnlyOnce() {
        AtomicInteger reads = new AtomicInteger();
        CourseSource source = start().map(course -> {
            reads.incrementAndGet();
            return course;
        });
        assertEquals(0, reads.get(), "nothing is read at start");
        Course first = source.get();
        assertSame(first, source.get());
        assertEquals(1, reads.get());
    }
}
