package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole tutor in a real pseudo-terminal, as a learner runs it: {@code docker run -it busybox
 * sh} hands over the terminal, {@code echo …; exit} runs inside, and the tutor's prompt comes back.
 */
class TutorTerminalIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void runItGivesTheContainersShellAndThePromptComesBack() throws Exception {
        RealEngine.session().close();
        if (!PtyProcess.available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("util-linux 'script' is needed to give the tutor a terminal");
            }
            Assumptions.abort("no 'script' command to make a pseudo-terminal");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -jar " + TutorProcess.jar() + " --lang en --workspace " + dir.resolve("workspace");
        try (PtyProcess tutor = PtyProcess.start(command, 100, 30,
                Map.of("DOCKERTUTOR_HOME", dir.resolve("home").toString(), "TERM", "xterm-256color"))) {
            tutor.await(Pattern.compile("docker> "), WAIT);
            tutor.type("docker run -it --rm busybox sh\r");
            tutor.await(Pattern.compile("/ # "), WAIT);
            // the shell computes 42: the marker proves the container ran it, not that it was echoed
            tutor.type("echo hi-$((6*7))-marker; exit\r");
            tutor.await(Pattern.compile("hi-42-marker"), WAIT);
            tutor.await(Pattern.compile("(?s)hi-42-marker.*docker> "), WAIT);
            tutor.type("quit\r");
            assertEquals(0, tutor.awaitExit(WAIT));
            assertFalse(tutor.screen().contains("Exception"), tutor.screen());
        }
    }
}
