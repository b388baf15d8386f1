package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.verify.CourseVerifier;
import io.github.dockertutor.verify.StepVerdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole course through the real tutor against a real engine, done as a learner with a second
 * terminal does it. Optional steps (the 1.5 GB TensorFlow pull) are skipped, as a learner offline
 * would. (The tutor applying the solutions itself, in English: VerifyIT, which runs the same loop.)
 */
class CourseIT {
    private static final Duration STEP = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    /**
     * The course as a learner with two terminals does it, in Chinese: the docker CLI in another
     * process, files saved by an editor, and only {@code start}, {@code check} and {@code answer} typed
     * into the tutor. The same loop as {@code dockertutor verify}: each check fails before its step and
     * for every wrong attempt the lesson lists (each undone before the next), and passes after the
     * solution, without {@code next}. This is the course's mutation test.
     */
    @Test
    void everyStepDoneInAnotherTerminalFailsForEachWrongAttemptAndPassesAfter() throws Exception {
        Messages messages = Messages.of(Language.ZH_TW);
        // the first part; the second, which needs the data-science images, is DataScienceCourseIT's
        Course course = LessonLoader.load(io.github.dockertutor.CourseParts.firstPart(dir));
        assertTrue(course.isSound(), course.problems().toString());
        List<StepVerdict> verdicts;
        CliLearner learner;
        try (TutorProcess tutor = CourseCleanSlate.startTutor(dir, "zh-TW")) {
            int at = tutor.await(opening(messages.get("lesson.howToStart")), 0, STEP);
            learner = new CliLearner(tutor, messages, dir.resolve("workspace"),
                    System.getenv().getOrDefault("DOCKER_HOST", ""), at);
            verdicts = new CourseVerifier(slate.engine(), dir.resolve("workspace"), learner, container -> true)
                    .verify(course, verdict -> { });
            // lesson 9 removed what the course made; cleanup finds nothing left and asks nothing
            tutor.send("cleanup");
            tutor.await(opening(messages.get("shell.cleanup.nothing")), 0, STEP);
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
        Engine engine = slate.engine();
        assertTrue(engine.containers(true).stream().noneMatch(c -> CourseCleanSlate.CONTAINERS.contains(c.name())),
                "cleanup left a container of the course: " + engine.containers(true));
        assertTrue(engine.images().stream().noneMatch(i -> i.repoTags().contains("my-first-image:latest")),
                "cleanup left an image of the course");
        List<StepVerdict> broken = verdicts.stream().filter(verdict -> !verdict.holds()).toList();
        assertTrue(broken.isEmpty(), broken + "\ndocker lines: " + String.join("\n", learner.dockerLines()));
        long wrongs = verdicts.stream().mapToInt(StepVerdict::wrongs).sum();
        assertTrue(wrongs >= 30, "wrong attempts tried: " + wrongs);
        assertTrue(learner.passedBySelf() >= 20, "steps that passed without check: " + learner.passedBySelf());
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
