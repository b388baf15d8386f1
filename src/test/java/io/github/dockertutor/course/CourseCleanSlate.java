package io.github.dockertutor.course;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import java.util.List;
import java.util.Set;

/**
 * Puts the test engine in the state a new learner's engine is in: none of the course's containers
 * or images, and no busybox, so that every step's check can be seen failing before it passes.
 * Only for the test engine: the tutor itself never removes what the course did not make.
 */
final class CourseCleanSlate {
    static final Set<String> CONTAINERS = Set.of("first-box", "web-1234", "my-web");
    static final Set<String> IMAGES = Set.of("my-first-image:latest", "busybox:latest");

    private CourseCleanSlate() {
    }

    static void apply(DockerEngine engine) {
        for (ContainerSummary container : engine.containers(true)) {
            boolean course = CONTAINERS.contains(container.name())
                    || container.labels().containsKey(DockerEngine.LESSON_LABEL)
                    || container.image().startsWith("busybox") || container.image().startsWith("my-first-image");
            if (course) {
                quietly(() -> engine.removeContainer(container.id(), true));
            }
        }
        List<ImageSummary> images = engine.images();
        for (ImageSummary image : images) {
            if (image.repoTags().stream().anyMatch(IMAGES::contains)) {
                for (String tag : image.repoTags()) {
                    if (IMAGES.contains(tag)) {
                        quietly(() -> engine.removeImage(tag, true));
                    }
                }
            }
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (EngineException ignored) {
            // already gone, or still used by something else: the checks will say
        }
    }
}
