package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two learners on one engine do lesson 05 at the same time: each with a prefix (one by option, one
 * by DOCKERTUTOR_PREFIX) and a port offset, so their web-1234 containers and port 1234 never
 * collide; each one's cleanup removes only its own container.
 */
class SharedEngineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ALICE = "dtshared-alice";
    private static final String BOB = "dtshared-bob";

    @TempDir
    Path dir;
    private EngineSession session;
    private DockerEngine engine;

    @BeforeEach
    void connect() {
        session = RealEngine.session();
        engine = new DockerEngine(session);
        removeQuietly(ALICE + "-web-1234");
        removeQuietly(BOB + "-web-1234");
    }

    @AfterEach
    void clean() {
        removeQuietly(ALICE + "-web-1234");
        removeQuietly(BOB + "-web-1234");
        session.close();
    }

    private void removeQuietly(String name) {
        try {
            engine.removeContainer(name, true);
        } catch (EngineException e) {
            // not there
        }
    }

    private Optional<ContainerSummary> container(String name) {
        return engine.containers(true).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private TutorProcess tutor(String who, Map<String, String> env, String... options) throws Exception {
        String[] args = new String[options.length + 6];
        args[0] = "--lang";
        args[1] = "en";
        args[2] = "--workspace";
        args[3] = dir.resolve(who + "-workspace").toString();
        args[4] = "--lessons";
        args[5] = Path.of("lessons").toAbsolutePath().toString();
        System.arraycopy(options, 0, args, 6, options.length);
        return TutorProcess.start(dir.resolve(who + "-home"), env, args);
    }

    @Test
    void twoLearnersDoLessonFiveAtOnceAndCleanUpOnlyTheirOwn() throws Exception {
        Messages messages = Messages.of(Language.EN);
        String done = CourseIT.prefix(messages, "step.passed");
        try (TutorProcess alice = tutor("alice", Map.of(), "--prefix", ALICE, "--port-offset", "31000");
                TutorProcess bob = tutor("bob", Map.of("DOCKERTUTOR_PREFIX", BOB, "DOCKERTUTOR_PORT_OFFSET", "31100"))) {
            int a = alice.await("your names start with " + ALICE + "-", 0, WAIT);
            int b = bob.await("your names start with " + BOB + "-", 0, WAIT);
            alice.send("start 5");
            bob.send("start 5");
            a = alice.await("Lesson 5", a, WAIT);
            b = bob.await("Lesson 5", b, WAIT);
            alice.send("hint");
            alice.send("hint");
            alice.send("hint");
            a = alice.await("docker run -d --name " + ALICE + "-web-1234 -p 32234:8888 busybox", a, WAIT);

            // both at once: the same lesson, the same engine, at the same moment
            alice.send("solution");
            bob.send("solution");
            alice.send("y");
            bob.send("y");
            a = alice.await(done + "http://localhost:32234/", a, WAIT);
            b = bob.await(done + "http://localhost:32334/", b, WAIT);
            assertTrue(container(ALICE + "-web-1234").orElseThrow().running());
            assertTrue(container(BOB + "-web-1234").orElseThrow().running());

            // a script answers the question before it is asked: the prompt shows when the answer is read
            alice.send("cleanup");
            alice.send("y");
            a = alice.await(CourseIT.prefix(messages, "shell.cleanup.done"), a, WAIT);
            String out = alice.output();
            String listing = out.substring(out.lastIndexOf(messages.get("shell.cleanup.header")), a);
            assertTrue(listing.contains(ALICE + "-web-1234"), listing);
            assertFalse(listing.contains(BOB), listing);
            assertTrue(container(ALICE + "-web-1234").isEmpty(), "alice's container is gone");
            assertTrue(container(BOB + "-web-1234").isPresent(), "bob's container is still there");

            bob.send("cleanup");
            bob.send("y");
            bob.await(CourseIT.prefix(messages, "shell.cleanup.done"), b, WAIT);
            assertTrue(container(BOB + "-web-1234").isEmpty(), "bob's container is gone");

            alice.send("quit");
            bob.send("quit");
            assertEquals(0, alice.finish(WAIT), alice.output());
            assertEquals(0, bob.finish(WAIT), bob.output());
        }
    }
}
