package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dockertutor verify}, the teacher's proof of a course, on the real engine: the shipped course
 * holds on a clean slate; a copy whose solution no longer does its step, and one whose check
 * passes before its step, fail and name the step. It leaves nothing of its own on the engine.
 */
class VerifyIT {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    private Cli.Run verify(Path lessons) {
        return Cli.run(dir.resolve("home"), dir, Map.of("DOCKER_HOST", System.getenv().getOrDefault("DOCKER_HOST", "")),
                "", "--lang", "en", "verify", lessons.toString());
    }

    @Test
    void theCourseHoldsAndLeavesNothingOfItsOwn() {
        // the first part; DataScienceCourseIT verifies the second
        Cli.Run run = verify(io.github.dockertutor.CourseParts.firstPart(dir));
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("ok      04-run-a-container/run-busybox (wrong attempts: 2)"), run.out());
        assertTrue(run.out().contains(" 0 broken"), run.out());
        assertTrue(slate.engine().containers(true).stream().noneMatch(c -> c.labels().containsKey(io.github.dockertutor.engine.Engine.LESSON_LABEL)),
                "verify left a container: " + slate.engine().containers(true));
        assertTrue(slate.engine().images().stream().noneMatch(image -> image.repoTags().contains("my-first-image:latest")),
                "verify left my-first-image");
    }

    @Test
    void aSolutionThatNoLongerDoesItsStepIsNamed() throws IOException {
        Path copy = copyLessons("06-write-a-dockerfile");
        Path yaml = copy.resolve("06-write-a-dockerfile/lesson.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst(
                "CMD \\[\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]\n      commands:",
                "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\"]\n      commands:"));
        Cli.Run run = verify(copy);
        assertEquals(ExitCode.FAILURE, run.code(), run.out());
        assertTrue(unwrapped(run).contains("06-write-a-dockerfile/say-how-to-start: "
                + EN.get("verify.reason.notSolved", "").strip() + " Dockerfile line 5: CMD lacks -h /www"), run.out());
    }

    @Test
    void aCheckThatPassesBeforeItsStepOrForAWrongAttemptIsNamed() throws IOException {
        Path copy = copyLessons("04-run-a-container");
        Path yaml = copy.resolve("04-run-a-container/lesson.yaml");
        // run-busybox without its -it condition: the wrong attempt "docker run busybox sh" now passes
        Files.writeString(yaml, Files.readString(yaml).replace("      interactive: true\n", ""));
        Cli.Run run = verify(copy);
        assertEquals(ExitCode.FAILURE, run.code(), run.out());
        assertTrue(unwrapped(run).contains("04-run-a-container/run-busybox: wrong attempt [1, 2] passes its check"),
                run.out());
    }

    /** The output with the lines the tutor wrapped at 80 columns joined again. */
    private static String unwrapped(Cli.Run run) {
        return run.out().replaceAll("\\s*\n\\s*", " ");
    }

    private Path copyLessons(String lesson) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("course"));
        io.github.dockertutor.CourseParts.copyTree(Path.of("lessons", lesson), copy.resolve(lesson));
        return copy;
    }
}
