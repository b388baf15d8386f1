package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine stops while the learner's terminal is handed to a container ({@code docker run -it}):
 * the terminal comes back, the tutor says the link was lost because the engine stopped and how to
 * start it, and once the engine runs again the next command works in the same tutor.
 */
class InteractiveEngineStopIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dir;

    @Test
    void aContainerSessionCutByTheEngineGivesThePromptBackWithTheFix() throws Exception {
        if (!PtyProcess.available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("util-linux 'script' is needed to give the tutor a terminal");
            }
            Assumptions.abort("no 'script' command to make a pseudo-terminal");
        }
        try (PrivateEngine engine = PrivateEngine.start("i")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = java + " -jar " + TutorProcess.jar() + " --lang en --workspace " + dir.resolve("workspace");
            try (PtyProcess tutor = PtyProcess.start(command, 100, 30, Map.of(
                    "DOCKERTUTOR_HOME", dir.resolve("home").toString(), "TERM", "xterm-256color",
                    "DOCKER_HOST", engine.dockerHost()))) {
                tutor.await(Pattern.compile("docker> "), WAIT);
                // a container that ends at once on the engine's SIGTERM, so the engine stops quickly
                tutor.type("docker run -it --rm busybox sh -c 'trap \"exit 0\" TERM; echo ready-$((6*7));"
                        + " while true; do read -t 1 line; done'\r");
                tutor.await(Pattern.compile("ready-42"), WAIT);
                engine.stop();
                tutor.await(quoted("(?s)ready-42.*", EN.get("interactive.lost", EN.get("engine.error.gone"))), WAIT);
                tutor.await(quoted("(?s)ready-42.*", firstLine(EN.get("doctor.fix.start.linux"))), WAIT);
                engine.startAgain();
                tutor.await(quoted("(?s)ready-42.*", "The Docker engine answers again"), WAIT);
                tutor.type("docker images\r");
                tutor.await(Pattern.compile("(?s)answers again.*REPOSITORY.*busybox"), WAIT);
                tutor.type("quit\r");
                assertEquals(0, tutor.awaitExit(WAIT));
                assertFalse(tutor.screen().contains("Exception"), tutor.screen());
            }
        }
    }

    private static Pattern quoted(String before, String text) {
        return Pattern.compile(before + Pattern.quote(text).replace(" ", "\\E\\s+\\Q"));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
