package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.ImageSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker image prune in the tutor, as lesson 9 suggests it, against the real engine. A rebuild
 * leaves the image before it untagged; prune asks first and a no keeps it; prune -f removes it and
 * keeps the tagged one. Every prune is filtered by a label only this test's images carry, so the
 * test never removes anything else from the engine it runs on.
 */
class ImagePruneIT {
    private static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private EngineSession session;
    private DockerEngine engine;
    private String suffix;

    @BeforeEach
    void engine() {
        session = RealEngine.session();
        engine = new DockerEngine(session);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeLeftovers() {
        for (ImageSummary image : ours()) {
            try {
                engine.removeImage(image.id(), true);
            } catch (RuntimeException ignored) {
                // removed by the test itself
            }
        }
        session.close();
    }

    private List<ImageSummary> ours() {
        return engine.images().stream().filter(i -> suffix.equals(i.labels().get("dt.prune"))).toList();
    }

    @Test
    void aRebuildLeavesAnUntaggedImageThatPruneRemovesAfterAskingFirst() throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nLABEL dt.prune=" + suffix
                + "\nCOPY page.txt /page.txt\n");
        String image = "dt-prune-" + suffix;
        String filter = " --filter label=dt.prune=" + suffix;
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", "en",
                "--workspace", workspace.toString())) {
            int at = tutor.await("Engine: ", 0, STEP);
            for (String version : new String[] {"one", "two"}) {
                Files.writeString(workspace.resolve("page.txt"), version + "\n");
                tutor.send("docker build -t " + image + " .");
                at = tutor.await("Built image ", at, STEP);
            }
            assertEquals(2, ours().size(), ours().toString());
            assertEquals(1, ours().stream().filter(i -> i.repoTags().isEmpty()).count(), "the first build is untagged");

            tutor.send("docker image prune" + filter);
            tutor.send("n");
            at = tutor.await("Are you sure you want to continue? [y/N]", at, STEP);
            tutor.send("docker image prune -f" + filter);
            int next = tutor.await("docker> docker image prune -f", at, STEP);
            assertFalse(tutor.output().substring(at, next).contains("Total reclaimed space"),
                    "a no must not prune: " + tutor.output().substring(at));
            tutor.await("Total reclaimed space: ", next, STEP);
            tutor.send("quit");
            assertEquals(0, tutor.finish(STEP));
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
        List<ImageSummary> left = ours();
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).repoTags().contains(image + ":latest"), "the tagged image stays: " + left);
    }
}
