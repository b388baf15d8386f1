package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.LocateResult;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Docker engine for integration tests, found as the tutor finds it. Without one, a test
 * is skipped with a clear message on a developer's machine, and FAILS under CI=true: there a
 * missing engine is a broken setup, never a reason to pass.
 */
public final class RealEngine {
    public static final String TEST_LABEL_VALUE = "test";

    private RealEngine() {
    }

    public static EngineSession session() {
        Environment environment = Environment.current();
        EngineLocator locator = new EngineLocator(new EngineDiscovery(Optional.empty(), environment.variables(),
                environment.home(), environment.osName()), new EngineProbe());
        LocateResult result = locator.locate();
        if (!result.found()) {
            String message = "No Docker engine answers (tried " + result.tried().size()
                    + " places). Start one with 'scripts/engine start' and export the DOCKER_HOST it prints,"
                    + " or run the README's test command, which does both.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new EngineSession(locator);
    }
}
