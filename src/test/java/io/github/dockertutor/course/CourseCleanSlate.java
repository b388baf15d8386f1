package io.github.dockertutor.course;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.ImageSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the test engine in the state a new learner's engine is in: none of the course's containers
 * or images, and no busybox, so that every step's check can be seen failing before it passes.
 * Only for the test engine: the tutor itself never removes what the course did not make.
 * Registered as an extension, it does so before and after each test, on the real engine.
 */
final class CourseCleanSlate implements BeforeEachCallback, AfterEachCallback {
    static final Set<String> CONTAINERS = Set.of("first-box", "web-1234", "my-web",
            "py-version", "py-prompt", "summarize", "by-month", "notebook", "analysis", "registry", "teammate");
    /** What the course makes; the second part's base images stay (pulling jupyter again costs a minute). */
    static final Set<String> IMAGES = Set.of("my-first-image:latest", "busybox:latest", "my-analysis:1.0",
            "my-analysis:latest", "my-analysis:shared", "localhost:5001/my-analysis:1.0",
            "localhost:5001/my-analysis:latest");

    private EngineSession session;
    private DockerEngine engine;

    /** The engine under test, during a test. */
    DockerEngine engine() {
        return engine;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        session = RealEngine.session();
        engine = new DockerEngine(session);
        apply(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (session == null) {
            return; // no engine: the test was skipped or failed before it began
        }
        try {
            apply(engine);
        } finally {
            session.close();
        }
    }

    /** The tutor as a learner starts it on the course in {@code lessons/}, its data and workspace in {@code dir}. */
    static TutorProcess startTutor(Path dir, String languageTag) throws IOException {
        return TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", languageTag,
                "--workspace", dir.resolve("workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString());
    }

    static void apply(DockerEngine engine) {
        for (ContainerSummary container : engine.containers(true)) {
            boolean course = CONTAINERS.contains(container.name())
                    || container.labels().containsKey(Engine.LESSON_LABEL)
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
