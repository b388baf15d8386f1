package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.CONTAINER;
import static io.github.dockertutor.check.Specs.HTTP;
import static io.github.dockertutor.check.Specs.IMAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no engine answering, engine checks CANNOT_RUN (not a failure) and the runner never throws. */
class CheckRunnerTest {
    @TempDir
    Path home;

    private EngineSession session;

    private CheckContext noEngine() {
        String socket = "unix://" + home.resolve("no-engine.sock");
        session = new EngineSession(new EngineLocator(
                new EngineDiscovery(Optional.of(socket), Map.of(), home, "Linux"), new EngineProbe()));
        return new CheckContext(new DockerEngine(session), home, StepActivity.startedAt("test", 0));
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void engineChecksCannotRunWithoutAnEngine() {
        CheckContext context = noEngine();
        for (var spec : new io.github.dockertutor.check.CheckSpec[] {
                Specs.of(IMAGE, "ref", "busybox:latest"),
                Specs.of(IMAGE, "ref", "my-first-image:latest", "cached", true),
                Specs.of(CONTAINER, "name", "web-1234", "state", "running"),
                Specs.of(CONTAINER, "image", "busybox", "state", "absent")}) {
            CheckResult result = CheckRunner.evaluate(spec, context);
            assertEquals(CheckStatus.CANNOT_RUN, result.status(), spec.toString());
            assertEquals("check.cannotRun.noEngine", result.key());
        }
        assertTrue(CheckRunner.baseline(Specs.of(IMAGE, "ref", "x", "changed", true), context).isEmpty());
    }

    @Test
    void aRefusedPortWithoutAnEngineCannotRunEither() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CheckResult result = CheckRunner.evaluate(Specs.of(HTTP, "port", port, "path", "/", "status", 200), noEngine());
        assertEquals(CheckStatus.CANNOT_RUN, result.status());
    }

    @Test
    void aBugInACheckIsCaught() {
        // an image check whose ref is no reference throws while being built
        CheckResult result = CheckRunner.evaluate(Specs.unvalidated(IMAGE, "ref", "not a ref"), noEngine());
        assertEquals(CheckStatus.CANNOT_RUN, result.status());
        assertEquals("check.cannotRun.internal", result.key());
    }
}
