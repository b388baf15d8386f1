package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer on a fresh Linux machine, as root, with no engine and no DOCKER_HOST: {@code ./dockertutor}
 * offers to start the private engine, a yes starts it, and lesson 3's pull passes on it. Started
 * again, the tutor finds that engine by itself, as after a {@code scripts/engine start}, and says
 * which DOCKER_HOST the learner's own docker command needs.
 */
class FreshMachineIT {
    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    @Test
    void oneYesStartsThePrivateEngineAndTheNextStartFindsIt() throws Exception {
        Messages messages = Messages.of(Language.EN);
        try (PrivateEngine engine = PrivateEngine.unstarted("fresh")) {
            try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), engine.newcomerEnvironment(),
                    "--lang", "en", "--workspace", dir.resolve("workspace").toString())) {
                int at = tutor.await(messages.get("engine.offerStart", "\u0000").substring(0, 40), 0, WAIT);
                tutor.send("y");
                at = tutor.await("DOCKER_HOST=" + engine.dockerHost(), at, WAIT);
                at = tutor.await(messages.get("engine.privateForCli", engine.dockerHost()).substring(0, 30), at, WAIT);
                tutor.send("start 3");
                tutor.send("docker pull busybox");
                at = tutor.await(messages.get("step.passed", "\u0000").split("\u0000")[0], at, WAIT);
                tutor.send("quit");
                assertEquals(0, tutor.finish(WAIT));
            }
            try (TutorProcess again = TutorProcess.start(dir.resolve("home"), engine.newcomerEnvironment(),
                    "--lang", "en", "--workspace", dir.resolve("workspace").toString())) {
                again.await(messages.get("engine.privateForCli", engine.dockerHost()).substring(0, 30), 0, WAIT);
                again.send("quit");
                assertEquals(0, again.finish(WAIT));
                assertFalse(again.output().contains(messages.get("engine.offerStart", "\u0000").substring(0, 40)),
                        "found by itself: nothing to offer");
            }
        }
    }
}
