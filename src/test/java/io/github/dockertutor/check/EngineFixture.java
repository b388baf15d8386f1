package io.github.dockertutor.check;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real engine for a check IT, and the test objects to remove afterwards. */
final class EngineFixture implements AutoCloseable {
    final EngineSession session;
    final DockerEngine engine;
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();

    EngineFixture() {
        session = RealEngine.session();
        engine = new DockerEngine(session);
        if (engine.images().stream().noneMatch(i -> i.repoTags().contains("busybox:latest"))) {
            engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        }
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
        return new CheckContext(engine, workspace, activity);
    }

    @Override
    public void close() {
        for (String container : containers) {
            DockerCli.quietly("rm", "-f", container);
        }
        for (String image : images) {
            DockerCli.quietly("rmi", "-f", image);
        }
        session.close();
    }
}
