package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.check.DockerCli;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lesson 6's Dockerfile broken in the ways learners break it, built and run as lesson 7 and 8 say,
 * with the real docker CLI: lesson 8's page check fails, says what it found inside the container,
 * and names the step to go back to, the Dockerfile's in lesson 6, where the fix is. Before, all its
 * hints were about {@code docker run} and {@code solution} ran the same command again.
 */
class BrokenDockerfileIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String GOOD_CMD = "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]";

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no -h /www in CMD    | COPY index.html /www/index.html | CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\"] | check.http.fileNotServed | true",
        "page copied elsewhere | COPY index.html /index.html | " + GOOD_CMD + " | check.http.fileMissing | true",
        "server on 127.0.0.1  | COPY index.html /www/index.html | CMD [\"httpd\", \"-f\", \"-p\", \"127.0.0.1:8080\", \"-h\", \"/www\"] | check.http.loopbackOnly | true",
        "server on port 80    | COPY index.html /www/index.html | CMD [\"httpd\", \"-f\", \"-p\", \"80\", \"-h\", \"/www\"] | check.http.otherPort | false"})
    void lessonEightsCheckNamesWhatIsWrongAndTheStepToFix(String what, String copy, String cmd, String key,
            boolean dockerfileStep) throws Exception {
        Messages messages = Messages.of(Language.EN);
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        Files.writeString(workspace.resolve("Dockerfile"), String.join("\n", "FROM busybox", "RUN mkdir -p /www",
                copy.strip(), "EXPOSE 8080", cmd.strip(), ""));
        DockerCli.docker("pull", "busybox");
        DockerCli.docker("build", "-t", "my-first-image", workspace.toString());
        DockerCli.docker("run", "-d", "--name", "my-web", "-p", "8080:8080", "my-first-image");

        Course course = LessonLoader.load(Path.of("lessons"));
        Lesson six = course.lesson("06-write-a-dockerfile").orElseThrow();
        String dockerfileStep6 = six.step("say-how-to-start").orElseThrow().title().en();
        try (TutorProcess tutor = CourseCleanSlate.startTutor(dir, "en")) {
            int at = tutor.await(CourseIT.opening(messages.get("lesson.howToStart")), 0, WAIT);
            tutor.send("start 8");
            at = tutor.await(messages.get("lesson.heading", 8, course.lesson("08-run-your-image").orElseThrow()
                    .title().en()), at, WAIT);
            tutor.send("check");
            at = tutor.await(CourseIT.prefix(messages, "step.failed"), at, WAIT);
            Thread.sleep(500);
            String said = tutor.output().substring(at).replaceAll("\\s*\\n\\s*", " ");
            assertTrue(said.contains(CourseIT.prefix(messages, key).strip().replaceAll("\\s+", " ")) || said.contains(
                    messages.get(key, "\u0000", "\u0000", "\u0000", "\u0000", "\u0000").split("\u0000")[1].strip()),
                    what + ": expected " + key + " in: " + said);
            String revisit = CourseIT.prefix(messages, "step.revisit");
            assertEquals(dockerfileStep, said.contains(revisit.strip()) && said.contains(dockerfileStep6),
                    what + ": names lesson 6's step " + dockerfileStep6 + "? " + said);
            tutor.send("quit");
            tutor.finish(WAIT);
        }
    }
}
