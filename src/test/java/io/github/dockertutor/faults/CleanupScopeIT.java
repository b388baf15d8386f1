package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cleanup removes what the tutor made and what the lessons name, and nothing the learner made
 * from it with the plain docker CLI: a container run from my-first-image and an image built FROM
 * it (both inherit the tutor's label), and a name the learner added to the course's image. Its
 * list says exactly what goes. Runs against an engine of its own.
 */
class CleanupScopeIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Messages EN = Messages.of(Language.EN);

    private static PrivateEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = PrivateEngine.start("c");
        engine.docker("pull", "busybox:latest");
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void whatTheLearnerMadeFromTheCoursesImageStays() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nCMD [\"sleep\", \"600\"]\n");
        Path derived = Files.createDirectories(dir.resolve("derived"));
        Files.writeString(derived.resolve("Dockerfile"), "FROM my-first-image\nRUN echo mine > /mine\n");
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of("DOCKER_HOST", engine.dockerHost()),
                "--lang", "en", "--workspace", workspace.toString())) {
            int at = tutor.await(EN.get("shell.helpHint"), 0, WAIT);
            tutor.send("docker build -t my-first-image .");
            at = tutor.await("Successfully tagged my-first-image:latest", at, WAIT);
            tutor.send("docker run -d --name dt-made busybox sleep 600");
            tutor.send("docker ps -a");
            at = tutor.await("dt-made", at, WAIT);

            // the learner, with the plain docker CLI, from the course's image
            engine.docker("run", "-d", "--name", "dt-learner", "my-first-image");
            engine.docker("build", "-t", "dt-derived", derived.toString());
            engine.docker("tag", "my-first-image", "dt-mine:v1");
            assertTrue(engine.docker("inspect", "-f", "{{index .Config.Labels \"dockertutor.lesson\"}}", "dt-learner")
                    .strip().length() > 0, "the learner's container does inherit the tutor's label");

            tutor.send("cleanup");
            at = tutor.await(EN.get("shell.cleanup.header"), at, WAIT);
            // a scripted session prints the question when it reads the answer
            tutor.send("y");
            int question = tutor.await("Nothing else is touched", at, WAIT);
            String list = tutor.output().substring(at, question);
            assertTrue(list.contains("dt-made") && list.contains("my-first-image:latest"), list);
            assertFalse(list.contains("dt-learner") || list.contains("dt-derived") || list.contains("dt-mine"), list);
            at = tutor.await(FrozenEngineIT.prefix("shell.cleanup.done"), question, WAIT);
            tutor.send("quit");
            assertEquals(0, tutor.finish(WAIT), tutor.output());
        }
        String containers = engine.docker("ps", "-a", "--format", "{{.Names}}");
        String images = engine.docker("images", "--format", "{{.Repository}}:{{.Tag}}");
        assertFalse(containers.contains("dt-made"), "the tutor's container stayed:\n" + containers);
        assertFalse(images.contains("my-first-image"), "the course's name stayed:\n" + images);
        assertTrue(containers.contains("dt-learner"), "the learner's container was removed:\n" + containers);
        assertTrue(images.contains("dt-derived:latest"), "the learner's image was removed:\n" + images);
        assertTrue(images.contains("dt-mine:v1"), "the learner's name for the image was removed:\n" + images);
    }
}
