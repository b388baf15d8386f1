package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.CourseParts;
import io.github.dockertutor.DataScienceImages;
import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's second part in a classroom without Internet, as {@link OfflineClassroomIT} is for
 * the first: the teacher packs lesson 10 (Python in a container; of the second part's lessons it
 * needs the least, python alone) from the shared engine; a learner's engine of its own, which never
 * held python, has its registry stopped, so no pull can work, and loads the pack; there the lesson
 * holds, done by the tutor with its solutions: each check fails for every wrong attempt and passes
 * after the solution. Named DataScience*IT so that it runs last, after the background build of
 * python ({@link DataScienceImages}).
 */
class DataScienceOfflineClassroomIT {
    private static final String LESSON = "10-python-in-a-container";

    @TempDir
    Path dir;

    @Test
    void lessonTenFromAPackHoldsOnALearnerEngineWithNoRegistry() throws Exception {
        DataScienceImages.await(DataScienceImages.PYTHON);
        Path lessons = dir.resolve("lessons");
        CourseParts.copyTree(Path.of("lessons", LESSON).toAbsolutePath(), lessons.resolve(LESSON));
        Path pack = dir.resolve("python.tar.gz");
        // the teacher packs while the learner's engine starts: that start is mostly waiting for dockerd
        CompletableFuture<Cli.Run> packing = CompletableFuture.supplyAsync(() -> Cli.run(dir.resolve("teacher"), dir,
                Map.of("DOCKER_HOST", System.getenv().getOrDefault("DOCKER_HOST", "")),
                "", "--lang", "en", "pack", "--lessons", lessons.toString(), "--out", pack.toString()));
        PrivateEngine learner;
        Cli.Run packed;
        try {
            learner = PrivateEngine.start("ds");
        } finally {
            packed = packing.join(); // never left writing into the folder JUnit removes
        }
        try (learner) {
            assertEquals(ExitCode.OK, packed.code(), packed.out() + packed.err());
            Map<String, String> env = Map.of("DOCKER_HOST", learner.dockerHost());
            // the classroom's network is gone, and python was never pulled here: only the pack has it
            learner.cutOffRegistry();
            assertEquals("", learner.docker("images", "-q", DataScienceImages.PYTHON).strip(),
                    "python is on the learner's engine before the pack is loaded");

            Cli.Run loaded = Cli.run(dir.resolve("learner"), dir, env, "", "--lang", "en", "load", pack.toString());
            assertEquals(ExitCode.OK, loaded.code(), loaded.out() + loaded.err());
            assertTrue(loaded.out().contains("Loaded " + DataScienceImages.PYTHON), loaded.out());

            Cli.Run verified = Cli.run(dir.resolve("learner"), dir, env, "", "--lang", "en", "verify",
                    lessons.toString());
            assertEquals(ExitCode.OK, verified.code(), verified.out() + verified.err());
            Messages messages = Messages.of(Language.EN);
            String said = words(verified.out());
            Course course = LessonLoader.load(lessons);
            int steps = 0;
            for (Lesson lesson : course.lessons()) {
                for (Step step : lesson.steps()) {
                    steps++;
                    String where = lesson.id() + "/" + step.id();
                    // the pull's check passes from the start: the pack put python there
                    String line = step.id().equals("pull-python")
                            ? messages.get("verify.step.alreadyThere", where, step.wrong().size())
                            : messages.get("verify.step.holds", where, step.wrong().size());
                    assertTrue(said.contains(words(line)), line + " in:\n" + verified.out());
                }
            }
            assertEquals(4, steps, "lesson 10's steps: " + verified.out());
            assertTrue(said.contains(words(messages.get("verify.summary", steps, steps, 0))), verified.out());
        }
    }

    /** The words of a text, each run of spaces and line breaks one space: verify wraps its lines at 80 columns. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
