package io.github.dockertutor.check;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real engine for a check IT, and the test objects to remove afterwards. Registered as an
 * extension ({@code @RegisterExtension final EngineFixture fixture = new EngineFixture();}), it
 * connects (with busybox there) before each test and removes what the test named and closes the
 * session after it, whether the test passed or not. A main (the latency bench) uses {@link #open()}
 * in a try-with-resources instead.
 */
final class EngineFixture implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private EngineSession session;
    private DockerEngine engine;
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();

    /** Connected now, for code that runs outside JUnit; close it when done. */
    static EngineFixture open() {
        EngineFixture fixture = new EngineFixture();
        fixture.connect();
        return fixture;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        connect();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void connect() {
        session = RealEngine.session();
        engine = new DockerEngine(session);
        if (engine.images().stream().noneMatch(i -> i.repoTags().contains("busybox:latest"))) {
            engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        }
    }

    /** The engine under test, during a test. */
    DockerEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("EngineFixture is not connected: register it with @RegisterExtension");
        }
        return engine;
    }

    String container(String name) {
        containers.add(name);
        return name;
    }

    String image(String name) {
        images.add(name);
        return name;
    }

    /** A fresh tag of busybox: containers from it are this test's alone on a shared engine. */
    String busyboxTag(String what) {
        String tag = image(DockerCli.name(what));
        DockerCli.docker("tag", "busybox", tag);
        return tag;
    }

    CheckContext context(Path workspace, StepActivity activity) {
        return new CheckContext(engine(), workspace, activity);
    }

    /** Removes what the test named, then closes the session; safe to call when never connected. */
    @Override
    public void close() {
        try {
            for (String container : containers) {
                DockerCli.quietly("rm", "-f", container);
            }
            for (String image : images) {
                DockerCli.quietly("rmi", "-f", image);
            }
        } finally {
            containers.clear();
            images.clear();
            if (session != null) {
                session.close();
            }
            session = null;
            engine = null;
        }
    }
}
