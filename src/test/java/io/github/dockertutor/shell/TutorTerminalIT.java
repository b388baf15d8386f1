package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
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
        try (PtyProcess tutor = inATerminal()) {
            tutor.await(Pattern.compile("docker> "), WAIT);
            tutor.type("docker run -it --rm busybox sh\r");
            tutor.await(Pattern.compile("/ # "), WAIT);
            // the shell computes 42: the marker proves the container ran it, not that it was echoed
            tutor.type("echo hi-$((6*7))-marker; exit\r");
            tutor.await(Pattern.compile("hi-42-marker"), WAIT);
            tutor.await(Pattern.compile("(?s)hi-42-marker.*docker> "), WAIT);
            quitsWithZero(tutor);
            assertFalse(tutor.screen().contains("Exception"), tutor.screen());
        }
    }

    /**
     * Ctrl-C at the prompt drops what was typed and gives a new prompt, and the session goes on:
     * the terminal sends SIGINT, and the handler the terminal set for it (not JLine's, see
     * QuickCapabilitiesTerminal) hands it to the line reader. Without a handler the JVM would end.
     */
    @Test
    void ctrlCAtThePromptDropsTheLineAndTheSessionGoesOn() throws Exception {
        try (PtyProcess tutor = inATerminal()) {
            tutor.await(Pattern.compile("docker> "), WAIT);
            tutor.type("docker versoin");
            tutor.await(Pattern.compile("docker> docker versoin"), WAIT);
            tutor.type("\u0003");
            tutor.await(Pattern.compile("(?s)docker versoin.*docker> "), WAIT);
            quitsWithZero(tutor);
            assertFalse(tutor.screen().contains("versoinquit"), tutor.screen());
        }
    }

    /** Lesson 3's first step is pulling busybox: the engine starts without it. */
    private static DockerEngine withoutBusybox(EngineSession session) {
        DockerEngine engine = new DockerEngine(session);
        engine.images().stream().filter(image -> image.repoTags().contains("busybox:latest")).findFirst()
                .ifPresent(image -> engine.removeImage("busybox:latest", true));
        return engine;
    }

    /** What a learner does in another terminal to pass lesson 3's first step. */
    private static void pullBusybox(DockerEngine engine) {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
    }

    /** From the first prompt to lesson 3's first step: pulling busybox. */
    private static void startLessonThree(PtyProcess tutor) throws Exception {
        tutor.await(Pattern.compile("docker> "), WAIT);
        tutor.type("start 3\r");
        tutor.await(Pattern.compile("\\[03 pull 1/4\\] docker> "), WAIT);
    }

    /**
     * The command that starts the tutor, once a pseudo-terminal can be made here; under CI a
     * machine without one fails the test rather than skip it.
     */
    private String tutorInATerminal() {
        if (!PtyProcess.available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("util-linux 'script' is needed to give the tutor a terminal");
            }
            Assumptions.abort("no 'script' command to make a pseudo-terminal");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return java + " -jar " + TutorProcess.jar() + " --lang en --workspace " + dir.resolve("workspace");
    }

    private PtyProcess inATerminal() throws Exception {
        return inATerminal(tutorInATerminal());
    }

    /** The tutor in a 100x30 pseudo-terminal, with this test's data folder and a colour terminal. */
    private PtyProcess inATerminal(String command) throws Exception {
        return PtyProcess.start(command, 100, 30, terminalEnvironment());
    }

    /** {@code quit} ends the session, with exit code 0. */
    private static void quitsWithZero(PtyProcess tutor) throws Exception {
        tutor.type("quit\r");
        assertEquals(0, tutor.awaitExit(WAIT));
    }

    /** The learner's data folder in this test's folder, and a colour terminal. */
    private Map<String, String> terminalEnvironment() {
        return Map.of("DOCKERTUTOR_HOME", dir.resolve("home").toString(), "TERM", "xterm-256color");
    }

    /**
     * A step done in another terminal moves the tutor on while the learner sits at the prompt: the
     * prompt on screen becomes the new step's at once, without Enter (before, the old step's prompt
     * stayed under the new step's page until the next line).
     */
    @Test
    void aStepDoneElsewhereRedrawsThePromptAtOnce() throws Exception {
        EngineSession session = RealEngine.session();
        DockerEngine engine = withoutBusybox(session);
        try (PtyProcess tutor = inATerminal()) {
            startLessonThree(tutor);
            tutor.type("docker im");   // the learner is typing something when the step passes elsewhere
            pullBusybox(engine);
            tutor.await(Pattern.compile("(?s)\\[03 pull 2/4\\] docker> docker im"), WAIT);
            tutor.type("\u0015quit\r");
            assertEquals(0, tutor.awaitExit(WAIT));
        } finally {
            session.close();
        }
    }

    /**
     * A learner who comes back to a step done meanwhile in another terminal is moved on. In a
     * terminal the engine's events are followed from the watch's own thread, after the first
     * prompt; the check that follows finds the image and the prompt becomes the next step's.
     */
    @Test
    void aLearnerComingBackToAStepDoneMeanwhileIsMovedOn() throws Exception {
        EngineSession session = RealEngine.session();
        DockerEngine engine = withoutBusybox(session);
        String command = tutorInATerminal();
        try {
            try (PtyProcess tutor = inATerminal(command)) {
                startLessonThree(tutor);
                quitsWithZero(tutor);
            }
            pullBusybox(engine);
            try (PtyProcess tutor = inATerminal(command)) {
                tutor.await(Pattern.compile("(?s)Welcome back.*\\[03 pull 2/4\\] docker> "), WAIT);
                quitsWithZero(tutor);
                assertFalse(tutor.screen().contains("Exception"), tutor.screen());
            }
        } finally {
            session.close();
        }
    }
}
