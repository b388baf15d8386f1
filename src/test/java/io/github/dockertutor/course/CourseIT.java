package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole course through the real tutor against a real engine, in each language: for every step
 * of every lesson, {@code check} first says it is not done, then the step's own solution runs
 * through the shell and the step passes. At the end, {@code cleanup} leaves nothing of the course.
 * Optional steps (the 1.5 GB TensorFlow pull) are skipped, as a learner offline would.
 */
class CourseIT {
    private static final Duration STEP = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void everyStepFailsBeforeItsSolutionAndPassesAfter(String tag) throws Exception {
        Messages messages = Messages.of(Language.parse(tag).orElseThrow());
        String notYet = prefix(messages, "step.failed");
        String done = prefix(messages, "step.passed");
        String skipped = opening(messages.get("lesson.skipped"));
        Course course = LessonLoader.load(Path.of("lessons"));
        assertTrue(course.isSound(), course.problems().toString());
        try (TutorProcess tutor = CourseCleanSlate.startTutor(dir, tag)) {
            int at = tutor.await(opening(messages.get("lesson.howToStart")), 0, STEP);
            for (Lesson lesson : course.lessons()) {
                tutor.send("start " + lesson.number());
                at = tutor.await(messages.get("lesson.heading", lesson.number(), lesson.title().get(messages.language())),
                        at, STEP);
                for (Step step : lesson.steps()) {
                    String where = lesson.id() + "/" + step.id();
                    if (step.optional()) {
                        tutor.send("next");
                        at = tutor.await(skipped, at, STEP);
                        continue;
                    }
                    tutor.send("check");
                    int failedAt = tutor.await(notYet, at, STEP);
                    assertFalse(tutor.output().substring(at, failedAt).contains(done),
                            where + " passed before its solution:\n" + tutor.output().substring(at));
                    at = failedAt;
                    tutor.send("solution");
                    tutor.send("y");
                    at = tutor.await(done, at, STEP);
                }
                at = tutor.await(prefix(messages, "lesson.finished"), at, STEP);
            }
            at = tutor.await(opening(messages.get("lesson.courseFinished")), at, STEP);
            tutor.send("cleanup");
            tutor.send("y");
            at = tutor.await(prefix(messages, "shell.cleanup.done"), at, STEP);
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
        DockerEngine engine = slate.engine();
        assertTrue(engine.containers(true).stream().noneMatch(c -> CourseCleanSlate.CONTAINERS.contains(c.name())
                || course.lesson(c.labels().getOrDefault(Engine.LESSON_LABEL, "")).isPresent()),
                "cleanup left a container of the course: " + engine.containers(true));
        assertTrue(engine.images().stream().noneMatch(i -> i.repoTags().contains("my-first-image:latest")
                || course.lesson(i.labels().getOrDefault(Engine.LESSON_LABEL, "")).isPresent()),
                "cleanup left an image of the course");
    }

    /**
     * The first words of a message: the tutor wraps what it says to the terminal's width, so a
     * whole sentence may stand on two lines, but its first 24 characters never break.
     */
    static String opening(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24);
    }

    /** The text of a message up to its first placeholder: what the tutor prints before the details. */
    static String prefix(Messages messages, String key) {
        String text = messages.get(key, "\u0000", "\u0000", "\u0000");
        int cut = text.indexOf('\u0000');
        return cut < 0 ? text : text.substring(0, cut);
    }
}
