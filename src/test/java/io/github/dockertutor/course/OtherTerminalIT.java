package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner who does the steps with the real docker CLI in another terminal, typing nothing into
 * the tutor: the tutor sees the engine's events, checks, and moves on by itself.
 */
class OtherTerminalIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @Test
    void stepsDoneWithTheDockerCliAdvanceTheTutor() throws Exception {
        Messages messages = Messages.of(Language.EN);
        String done = CourseIT.prefix(messages, "step.passed");
        try (TutorProcess tutor = CourseCleanSlate.startTutor(dir, "en")) {
            int at = tutor.await(CourseIT.opening(messages.get("lesson.howToStart")), 0, WAIT);
            tutor.send("start 3");
            at = tutor.await("Lesson 3:", at, WAIT);

            docker("pull", "busybox");
            at = tutor.await(done + "image busybox:latest", at, WAIT);

            tutor.send("start 4");
            at = tutor.await("Lesson 4", at, WAIT);
            // stepping inside takes -it, and -it takes a terminal: script gives the CLI one, as a person's has
            run("script", "-qec", "docker run -it --name first-box busybox sh -c 'uname -a; hostname'", "/dev/null");
            at = tutor.await(done, at, WAIT);

            tutor.send("start 5");
            at = tutor.await("Lesson 5", at, WAIT);
            docker("run", "-d", "--name", "web-1234", "-p", "1234:8888", "busybox", "sh", "-c",
                    "mkdir -p /www && echo hello from a container > /www/index.html && httpd -f -p 8888 -h /www");
            at = tutor.await(done + "http://localhost:1234/", at, WAIT);

            tutor.send("quit");
            assertEquals(0, tutor.finish(WAIT));
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
    }

    /** The docker CLI as a learner would run it in another terminal, against the same engine. */
    private static void docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private static void run(String... words) throws IOException, InterruptedException {
        List<String> command = List.of(words);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            // the point of the test is the docker CLI itself: under CI its absence is a broken setup
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("no docker CLI on this machine: " + e.getMessage());
            return;
        }
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
    }
}
