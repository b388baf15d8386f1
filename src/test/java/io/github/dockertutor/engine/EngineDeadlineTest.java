package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls that do not stream, against a socket that answers only what the test lets it: the probe
 * gives up on a silent one, a call is given up at its deadline, Ctrl-C stops a waiting call, and
 * a container the engine creates after the learner gave up on {@code docker run} is removed.
 */
// without the deadline and Ctrl-C these calls wait forever: fail instead
@Timeout(60)
class EngineDeadlineTest {
    @TempDir
    Path dir;
    private SilentEngine silent;
    private EngineSession session;

    @BeforeEach
    void silentSocket() throws Exception {
        silent = new SilentEngine(dir.resolve("silent.sock"));
        session = new EngineSession(new EngineLocator(new EngineDiscovery(Optional.of(silent.endpoint().host().toString()),
                Map.of(), dir, "Linux"), new EngineProbe()));
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        silent.close();
    }

    @Test
    void theProbeGivesUpOnASocketThatAcceptsAndNeverAnswers() {
        ProbeResult result = new EngineProbe().probe(silent.endpoint());
        assertEquals(ProbeStatus.NOT_ANSWERING, result.status(), result.detail());
    }

    @Test
    void aCallTheEngineNeverAnswersIsGivenUpAtItsDeadline() {
        silent.answeringVersion();
        DockerEngine engine = new DockerEngine(session, Duration.ofMillis(300));
        EngineException error = assertThrows(EngineException.class, engine::images);
        assertEquals(EngineException.Fault.ENGINE_GONE, error.fault());
        assertEquals("engine.error.noAnswer", error.key());
        assertEquals(Optional.empty(), session.current(), "the frozen engine must be looked for afresh");
    }

    @Test
    void ctrlCStopsACallWaitingForTheEngine() throws Exception {
        silent.answeringVersion();
        // a deadline far beyond the test: only the cancel can end this call
        DockerEngine engine = new DockerEngine(session, Duration.ofHours(1));
        Cancellation ctrlC = new Cancellation();
        CompletableFuture<EngineException> outcome = CompletableFuture.supplyAsync(() -> {
            try (Cancellation.Scope scope = ctrlC.enter()) {
                engine.images();
                return null;
            } catch (EngineException e) {
                return e;
            }
        });
        assertEquals("GET /images/json", silent.nextRequest().replaceFirst("\\?.*", ""));
        ctrlC.cancel();
        EngineException error = outcome.get();
        assertEquals(EngineException.Fault.CANCELLED, error == null ? null : error.fault());
    }

    @Test
    void aContainerCreatedAfterTheLearnerGaveUpIsRemoved() throws Exception {
        silent.answeringVersion();
        DockerEngine engine = new DockerEngine(session, Duration.ofHours(1));
        Cancellation ctrlC = new Cancellation();
        CompletableFuture<EngineException> outcome = CompletableFuture.supplyAsync(() -> {
            try (Cancellation.Scope scope = ctrlC.enter()) {
                engine.create(new RunSpec("busybox", Optional.of("late"), List.of("sleep", "600"), List.of(),
                        List.of(), List.of(), Map.of(), false, false, false, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
                return null;
            } catch (EngineException e) {
                return e;
            }
        });
        assertEquals("POST /containers/create", silent.nextRequest().replaceFirst("\\?.*", ""));
        ctrlC.cancel();
        assertEquals(EngineException.Fault.CANCELLED, outcome.get().fault());
        // the engine wakes and answers the create it had received: the container is removed, never started
        silent.answerNext("/containers/create", "{\"Id\":\"4c7e\",\"Warnings\":[]}");
        silent.answerNext("/containers/4c7e", "");
        assertEquals("DELETE /containers/4c7e", silent.nextRequest().replaceFirst("\\?.*", ""));
    }

    @Test
    void aStartTheEngineDoesAfterTheLearnerGaveUpIsUndone() throws Exception {
        silent.answeringVersion();
        DockerEngine engine = new DockerEngine(session, Duration.ofHours(1));
        Cancellation ctrlC = new Cancellation();
        CompletableFuture<EngineException> outcome = CompletableFuture.supplyAsync(() -> {
            try (Cancellation.Scope scope = ctrlC.enter()) {
                engine.start("4c7e");
                return null;
            } catch (EngineException e) {
                return e;
            }
        });
        assertEquals("POST /containers/4c7e/start", silent.nextRequest().replaceFirst("\\?.*", ""));
        ctrlC.cancel();
        assertEquals(EngineException.Fault.CANCELLED, outcome.get().fault());
        // the engine wakes and starts it after all: the tutor stops it at once
        silent.answerNext("/containers/4c7e/start", "");
        silent.answerNext("/containers/4c7e/stop", "");
        assertEquals("POST /containers/4c7e/stop", silent.nextRequest().replaceFirst("\\?.*", ""));
    }

    @Test
    void logsThatNeverBeginAreGivenUpAtTheDeadlineToo() {
        silent.answeringVersion();
        DockerEngine engine = new DockerEngine(session, Duration.ofMillis(300));
        for (boolean follow : new boolean[] {false, true}) {
            EngineException error = assertThrows(EngineException.class,
                    () -> engine.logs("4c7e", follow, null, line -> { }, new Cancellation()));
            assertEquals("engine.error.noAnswer", error.key(), "follow " + follow);
        }
    }
}
