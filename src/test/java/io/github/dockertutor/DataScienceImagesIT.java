package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;
import org.junit.jupiter.api.Test;

/**
 * The data-science images that scripts/test builds beside the tests reach the engine as the
 * lessons pull them, by their Docker Hub names: once {@link DataScienceImages#await} returns, a
 * pull of python:3.11-slim that the engine does not hold yet comes through its mirror.
 */
class DataScienceImagesIT {
    @Test
    void afterTheWaitTheEnginePullsPythonByItsDockerHubName() {
        DataScienceImages.await(DataScienceImages.PYTHON);
        try (EngineSession session = RealEngine.session()) {
            DockerEngine engine = new DockerEngine(session);
            try {
                // Not forced: an image a container still uses stays, and the pull below is then a no-op.
                engine.removeImage(DataScienceImages.PYTHON, false);
            } catch (EngineException notThereOrInUse) {
                // nothing to remove, or in use
            }
            PullResult pulled = engine.pull("python", "3.11-slim", null, PullListener.SILENT, new Cancellation());
            assertEquals(DataScienceImages.PYTHON, pulled.reference());
            assertTrue(pulled.imageId().startsWith("sha256:"), pulled.imageId());
            assertTrue(engine.images().stream().anyMatch(i -> i.repoTags().contains(DataScienceImages.PYTHON)),
                    "the engine lists " + DataScienceImages.PYTHON + " after the pull");
        }
    }
}
