package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.CourseParts;
import io.github.dockertutor.DataScienceImages;
import io.github.dockertutor.base.ExitCode;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's second part (lessons 10-14: Python, your data, a notebook server, your analysis as
 * an image, sharing it through a registry) verified on the real engine with the real images (the
 * stand-ins of {@code scripts/engine} where Docker Hub is out of reach): every check fails before
 * its step and for each wrong attempt, and passes after the solution; nothing of the course's is left.
 */
class DataScienceCourseIT {
    private static final Duration STEP = Duration.ofSeconds(180);

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @Test
    void theSecondPartHoldsAndLeavesNothingOfItsOwn() {
        DataScienceImages.await();
        Cli.Run run = Cli.run(dir.resolve("home"), dir,
                Map.of("DOCKER_HOST", System.getenv().getOrDefault("DOCKER_HOST", "")),
                "", "--lang", "en", "verify", CourseParts.secondPart(dir).toString());
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("ok      11-your-data/"), run.out());
        assertTrue(run.out().contains(" 0 broken"), run.out());
        assertTrue(slate.engine().containers(true).stream().noneMatch(c -> c.labels().containsKey(Engine.LESSON_LABEL)),
                "verify left a container: " + slate.engine().containers(true));
        assertTrue(slate.engine().images().stream().noneMatch(image -> image.repoTags().stream()
                        .anyMatch(tag -> tag.contains("my-analysis"))),
                "verify left my-analysis");
    }

    /**
     * The second part as a learner with two terminals does it, in Chinese: the docker CLI in
     * another process (a Python prompt and a shell in Jupyter's container through a terminal of
     * their own), files saved by an editor, and only start, check and answer typed into the tutor.
     */
    @Test
    void everyStepDoneInAnotherTerminalFailsForEachWrongAttemptAndPassesAfter() throws Exception {
        DataScienceImages.await();
        // as on a learner's machine: the pulls of lessons 10 and 12 are real (from the engine's mirror)
        for (String image : List.of(DataScienceImages.PYTHON, DataScienceImages.JUPYTER)) {
            try {
                slate.engine().removeImage(image, true);
            } catch (io.github.dockertutor.engine.EngineException e) {
                // not there: nothing to remove
            }
        }
        // a learner whose uid is Jupyter's (1000), as the lesson assumes; here the tests run as root
        java.nio.file.Files.createDirectories(dir.resolve("workspace"));
        java.nio.file.Files.setPosixFilePermissions(dir.resolve("workspace"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Messages messages = Messages.of(Language.ZH_TW);
        Course course = LessonLoader.load(CourseParts.secondPart(dir));
        assertTrue(course.isSound(), course.problems().toString());
        List<StepVerdict> verdicts;
        CliLearner learner;
        try (TutorProcess tutor = CourseCleanSlate.startTutor(dir, "zh-TW")) {
            int at = tutor.await(CourseIT.opening(messages.get("lesson.howToStart")), 0, STEP);
            learner = new CliLearner(tutor, messages, dir.resolve("workspace"),
                    System.getenv().getOrDefault("DOCKER_HOST", ""), at);
            verdicts = new CourseVerifier(slate.engine(), dir.resolve("workspace"), learner, container -> true)
                    .verify(course, verdict -> { });
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
            assertTrue(!tutor.output().contains("Exception"), tutor.output());
        }
        List<StepVerdict> broken = verdicts.stream().filter(verdict -> !verdict.holds()).toList();
        assertTrue(broken.isEmpty(), broken + "\ndocker lines: " + String.join("\n", learner.dockerLines()));
        assertEquals(24, verdicts.size(), verdicts.toString());
        long wrongs = verdicts.stream().mapToInt(StepVerdict::wrongs).sum();
        assertTrue(wrongs >= 20, "wrong attempts tried: " + wrongs);
    }
}
