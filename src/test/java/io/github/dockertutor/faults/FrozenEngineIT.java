package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TmuxTerminal;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine freezes (SIGSTOP: its socket still accepts, nothing answers), as a paused VM or a
 * hung dockerd does. A command waiting on it is stopped by Ctrl-C at once, and neither the run
 * nor the start it belonged to takes effect, not even after the engine wakes; a command left
 * alone is given up at its deadline with an explanation; a tutor started on the frozen engine
 * still reaches its prompt, doctor still answers, and quit still quits. Runs against an engine of
 * its own, always thawed in a finally.
 */
class FrozenEngineIT {
    /** The call deadline (15 s) and the probe after it (5 s), with room for a busy machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(45);
    /** Ctrl-C ends a waiting call at once; this is only how long a busy machine may take to say so. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Messages EN = Messages.of(Language.EN);

    private static PrivateEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = PrivateEngine.start("z");
        engine.docker("pull", "busybox");
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void ctrlCStopsACommandWaitingOnAFrozenEngineAndTheDeadlineEndsOneLeftAlone() throws Exception {
        try (TutorProcess tutor = start("session")) {
            int at = tutor.await(EN.get("shell.helpHint"), 0, WAIT);
            tutor.send("docker create --name dtcreated busybox sleep 600");
            tutor.send("docker ps -a");
            at = tutor.await("docker> docker ps -a", at, WAIT);
            at = tutor.await("dtcreated", at, WAIT);
            engine.freeze();
            try {
                tutor.send("docker run -d --name dtfrozen busybox sleep 600");
                at = tutor.await("docker> docker run -d --name dtfrozen", at, WAIT);
                Thread.sleep(2000);
                assertFalse(tutor.output().substring(at).contains("docker> "),
                        "the run did not wait for the frozen engine:\n" + tutor.output());
                tutor.interrupt();
                at = tutor.await(EN.get("engine.cancelled"), at, PROMPTLY);

                // a start the engine has received, given up on: it must not take effect on waking
                tutor.send("docker start dtcreated");
                at = tutor.await("docker> docker start dtcreated", at, WAIT);
                Thread.sleep(2000);
                tutor.interrupt();
                at = tutor.await(EN.get("engine.cancelled"), at, PROMPTLY);

                tutor.send("docker images");
                at = tutor.await(prefix("engine.error.noAnswer"), at, DEADLINE);
                at = tutor.await(prefix("doctor.fix.frozen.linux"), at, DEADLINE);
                tutor.send("doctor");
                // its first clause: the shell wraps doctor's lines to the terminal, the rest may go on below
                at = tutor.await(EN.get("doctor.status.NOT_ANSWERING").split(":")[0], at, DEADLINE);
            } finally {
                engine.thaw();
            }
            tutor.send("docker ps -a");
            at = tutor.await("CONTAINER ID", at, WAIT);
            tutor.send("quit");
            assertEquals(0, tutor.finish(WAIT));
            String output = tutor.output();
            assertFalse(output.contains("Exception") || output.contains("\tat "), output);
        }
        // the cancelled run never started, and a container the engine created after all was removed;
        // the cancelled start, done by the engine on waking, was undone
        long deadline = System.nanoTime() + WAIT.toNanos();
        String left = names("dtfrozen");
        String running = running("dtcreated");
        while ((!left.isEmpty() || !running.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            left = names("dtfrozen");
            running = running("dtcreated");
        }
        assertEquals("", left, "the cancelled docker run left a container");
        assertEquals("", running, "the cancelled docker start left the container running");
    }

    @Test
    void aTutorStartedOnAFrozenEngineReachesItsPromptAndDoctorAnswers() throws Exception {
        engine.freeze();
        try {
            try (TutorProcess tutor = start("start")) {
                int at = tutor.await(prefix("doctor.fix.frozen.linux"), 0, DEADLINE);
                at = tutor.await(EN.get("shell.helpHint"), at, DEADLINE);
                tutor.send("quit");
                assertEquals(0, tutor.finish(WAIT));
            }
            try (TutorProcess doctor = start("doctor", "doctor")) {
                doctor.await(EN.get("doctor.status.NOT_ANSWERING"), 0, DEADLINE);
                doctor.await(prefix("doctor.fix.frozen.linux"), 0, DEADLINE);
                assertTrue(doctor.finish(WAIT) != 0, "doctor found no engine and must say so by its exit code");
            }
        } finally {
            engine.thaw();
        }
    }

    /**
     * In a terminal the prompt does not wait for the frozen engine's probe: the greeting ends, and
     * the fix for a frozen engine comes after it, above the prompt, once the probe gives up.
     */
    @Test
    void inATerminalThePromptComesBeforeTheFrozenEnginesProbeGivesUp() throws Exception {
        engine.freeze();
        try (TmuxTerminal terminal = TmuxTerminal.startTutor("frozen", 80, 40, dir.resolve("terminal"),
                Map.of("DOCKER_HOST", engine.dockerHost()), "--lang", "en", "--workspace",
                dir.resolve("workspace").toString())) {
            String fix = prefix("doctor.fix.frozen.linux");
            terminal.await(fix, DEADLINE);
            String screen = terminal.joinedScreen();
            assertTrue(screen.indexOf(EN.get("shell.helpHint")) < screen.indexOf(fix),
                    "the greeting waited for the probe:\n" + screen);
            terminal.await("docker> ", PROMPTLY);
        } finally {
            engine.thaw();
        }
    }

    private static TutorProcess start(String home, String... command) throws Exception {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(new String[] {"--lang", "en", "--workspace", dir.resolve("workspace").toString()}, 0, args,
                command.length, 4);
        return TutorProcess.start(dir.resolve(home), Map.of("DOCKER_HOST", engine.dockerHost()), args);
    }

    private static String names(String name) throws Exception {
        return engine.docker("ps", "-a", "--filter", "name=" + name, "--format", "{{.Names}}").trim();
    }

    private static String running(String name) throws Exception {
        return engine.docker("ps", "--filter", "name=" + name, "--format", "{{.Names}}").trim();
    }

    /** A message's text up to its first placeholder or line break. */
    static String prefix(String key) {
        String text = EN.get(key, "\u0000", "\u0000", "\u0000");
        int cut = text.indexOf('\u0000');
        text = cut < 0 ? text : text.substring(0, cut);
        int line = text.indexOf('\n');
        return line < 0 ? text : text.substring(0, line);
    }
}
