package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.FreshImage;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real pulls drawn into a pipe, as `docker pull | cat` would show them. */
class PullProgressViewIT {
    private static final Messages EN = Messages.of(Language.EN);

    private static List<String> pull(DockerEngine engine, String repository, String tag, PullResult[] result) {
        StringWriter out = new StringWriter();
        try (PullProgressView view = new PullProgressView(new PlainScreen(new PrintWriter(out), 80), EN)) {
            result[0] = engine.pull(repository, tag, null, view, new Cancellation());
            view.finish(result[0]);
        }
        return out.toString().lines().toList();
    }

    @Test
    void pullingBusyboxShowsTheHeaderTheLayersItFetchedTheDigestAndTheStatus() {
        try (EngineSession session = RealEngine.session()) {
            PullResult[] result = new PullResult[1];
            List<String> lines = pull(new DockerEngine(session), "busybox", "latest", result);
            assertEquals("latest: Pulling from library/busybox", lines.get(0), lines.toString());
            assertTrue(lines.contains("Digest: " + result[0].digest()), lines.toString());
            String status = lines.stream().filter(l -> l.startsWith("Status: ")).findFirst().orElseThrow();
            if (status.startsWith("Status: Downloaded newer image")) {
                assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9a-f]{12}: Pull complete")), lines.toString());
            } else {
                assertEquals("Status: Image is up to date for busybox:latest", status);
            }
            assertTrue(lines.get(lines.size() - 1).startsWith("Pulled busybox:latest: digest "), lines.toString());
            assertFalse(lines.stream().anyMatch(l -> l.contains("MB/") || l.contains("kB/")), "no progress in a pipe");
        }
    }

    @Test
    void pullingAnImageTheEngineLacksShowsEveryLayerLine() throws Exception {
        try (EngineSession session = RealEngine.session();
                FreshImage image = FreshImage.push(session, "dt-view-pull")) {
            PullResult[] result = new PullResult[1];
            List<String> lines = pull(new DockerEngine(session), image.repository(), image.tag(), result);
            image.pulledAs(result[0].digest());
            assertEquals(image.tag() + ": Pulling from dt-view-pull",
                    lines.get(0), lines.toString());
            // busybox's layer is on the engine already; the fresh one is fetched
            assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9a-f]{12}: Already exists")), lines.toString());
            for (String step : List.of("Pulling fs layer", "Download complete", "Pull complete")) {
                assertTrue(lines.stream().anyMatch(l -> l.matches("[0-9a-f]{12}: " + step)), step + " in " + lines);
            }
            assertTrue(lines.contains("Digest: " + result[0].digest()), lines.toString());
            assertTrue(lines.contains("Status: Downloaded newer image for " + image.repository() + ":" + image.tag()),
                    lines.toString());
            // one line per status change, never one per chunk of bytes
            long layerLines = lines.stream().filter(l -> l.matches("[0-9a-f]{12}: .*")).count();
            assertTrue(layerLines <= 2 * 8, lines.toString());
        }
    }
}
