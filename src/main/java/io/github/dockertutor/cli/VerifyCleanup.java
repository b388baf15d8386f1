package io.github.dockertutor.cli;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import java.util.HashSet;
import java.util.Set;

/**
 * What a verification leaves behind, removed: the containers and images that were not on the
 * engine before it and that the tutor labelled as its own. Images pulled on the way (busybox) stay,
 * as a learner's pull would, and nothing the teacher had is touched.
 */
final class VerifyCleanup {
    private final Engine engine;
    private final Set<String> containersBefore = new HashSet<>();
    private final Set<String> imagesBefore = new HashSet<>();

    private VerifyCleanup(Engine engine) {
        this.engine = engine;
    }

    static VerifyCleanup before(Engine engine) {
        VerifyCleanup cleanup = new VerifyCleanup(engine);
        engine.containers(true).forEach(container -> cleanup.containersBefore.add(container.id()));
        engine.images().forEach(image -> cleanup.imagesBefore.add(image.id()));
        return cleanup;
    }

    void removeWhatWasMade() {
        for (ContainerSummary container : engine.containers(true)) {
            if (!containersBefore.contains(container.id()) && VerifyCliCommand.madeByTheTutor(container)) {
                quietly(() -> engine.removeContainer(container.id(), true));
            }
        }
        for (ImageSummary image : engine.images()) {
            if (!imagesBefore.contains(image.id()) && image.labels().containsKey(Engine.LESSON_LABEL)) {
                quietly(() -> engine.removeImage(image.id(), true));
            }
        }
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (EngineException e) {
            // already gone, or in use by something that is not ours: left as it is
        }
    }
}
