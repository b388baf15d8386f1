package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine operations against a real engine: pull, build, run with a published port, remove. */
class EngineIT {
    private static final Map<String, String> LABELS = Map.of(Engine.LESSON_LABEL, RealEngine.TEST_LABEL_VALUE);

    private EngineSession session;
    private DockerEngine engine;
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();

    @BeforeEach
    void connect() {
        session = RealEngine.session();
        engine = new DockerEngine(session);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        for (String container : containers) {
            try {
                engine.removeContainer(container, true);
            } catch (EngineException ignored) {
                // already gone
            }
        }
        for (String image : images) {
            try {
                engine.removeImage(image, true);
            } catch (EngineException ignored) {
                // already gone
            }
        }
        session.close();
    }

    @Test
    void pullsBusyboxWithProgressAndADigest() {
        List<String> messages = new ArrayList<>();
        List<String> layers = new ArrayList<>();
        PullResult result = engine.pull("busybox", "latest", null, new PullListener() {
            @Override
            public void onLayer(String layerId, String status, long current, long total) {
                layers.add(layerId + " " + status);
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        }, new Cancellation());
        assertEquals("busybox:latest", result.reference());
        assertTrue(result.imageId().startsWith("sha256:"), result.imageId());
        assertTrue(result.size() > 100_000, "busybox is more than 100 kB: " + result.size());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Status:")), messages.toString());
        assertTrue(engine.images().stream().anyMatch(i -> i.repoTags().contains("busybox:latest")));
    }

    @Test
    void pullOfAnImageNoRegistryHasFailsClearly() {
        EngineException error = assertThrows(EngineException.class, () -> engine.pull(
                "dockertutor-no-such-image-" + UUID.randomUUID().toString().substring(0, 8), "latest", null,
                PullListener.SILENT, new Cancellation()));
        // Docker Hub says "access denied"; a mirror-only engine offline cannot reach Docker Hub at all
        assertTrue(error.fault() == EngineException.Fault.IMAGE_NOT_FOUND
                || error.fault() == EngineException.Fault.ACCESS_DENIED
                || error.fault() == EngineException.Fault.REGISTRY_UNREACHABLE, error.fault() + " " + error.getMessage());
    }

    @Test
    void buildsRunsPublishesAndServesAPage(@TempDir Path context) throws Exception {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        String marker = "hello-" + UUID.randomUUID();
        Files.writeString(context.resolve("index.html"), marker + "\n");
        Files.writeString(context.resolve("notes.log"), "left out by .dockerignore\n");
        Files.writeString(context.resolve(".dockerignore"), "# comments are not patterns\n*.log\n");
        Files.writeString(context.resolve("Dockerfile"), String.join("\n",
                "FROM busybox",
                "RUN mkdir -p /www",
                "COPY . /www/",
                "EXPOSE 8080",
                "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]", ""));
        String tag = "dockertutor-it-" + UUID.randomUUID().toString().substring(0, 8) + ":latest";
        images.add(tag);
        List<String> output = new ArrayList<>();
        BuildResult built = engine.build(new BuildSpec(context, "Dockerfile", List.of(tag), Map.of(), false, LABELS),
                BuildContext.scan(context, "Dockerfile"), output::add, new Cancellation());
        assertTrue(built.imageId().startsWith("sha256:"));
        // the classic builder adds the tutor's label as a last LABEL step
        assertEquals(6, built.steps(), output.toString());
        assertTrue(output.stream().anyMatch(l -> l.startsWith("Step 1/6 : FROM busybox")), output.toString());
        assertTrue(output.stream().anyMatch(l -> l.startsWith("Step 6/6 : LABEL dockertutor.lesson=test")));

        BuildResult again = engine.build(new BuildSpec(context, "Dockerfile", List.of(tag), Map.of(), false, LABELS),
                BuildContext.scan(context, "Dockerfile"), line -> { }, new Cancellation());
        assertEquals(built.imageId(), again.imageId(), "an unchanged rebuild comes from the cache");
        assertEquals(5, again.cachedSteps(), "every step after FROM comes from the cache");

        int port = freePort();
        String name = "dockertutor-it-" + UUID.randomUUID().toString().substring(0, 8);
        String id = engine.create(RunSpec.of(tag, List.of(), LABELS).withName(name)
                .withPorts(List.of(new PortMapping("127.0.0.1", port, 8080, "tcp"))));
        containers.add(id);
        engine.start(id);
        String page = fetch(port, "/index.html");
        assertEquals(marker, page.trim());
        assertEquals(404, status(port, "/notes.log"), ".dockerignore kept notes.log out of the image");

        ContainerSummary listed = engine.containers(false).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
        assertTrue(listed.running());
        assertEquals(name, listed.name());
        assertEquals(RealEngine.TEST_LABEL_VALUE, listed.labels().get(Engine.LESSON_LABEL));
        assertTrue(listed.ports().stream().anyMatch(p -> p.hostPort() == port && p.containerPort() == 8080));

        engine.removeContainer(id, true);
        assertFalse(engine.containers(true).stream().anyMatch(c -> c.id().equals(id)));
        engine.removeImage(tag, false);
        assertFalse(engine.images().stream().anyMatch(i -> i.repoTags().contains(tag)));
    }

    @Test
    void aContainerNameCanBeTakenOnlyOnce() {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        String name = "dockertutor-it-" + UUID.randomUUID().toString().substring(0, 8);
        containers.add(engine.create(RunSpec.of("busybox", List.of("true"), LABELS).withName(name)));
        EngineException error = assertThrows(EngineException.class,
                () -> engine.create(RunSpec.of("busybox", List.of("true"), LABELS).withName(name)));
        assertEquals(EngineException.Fault.NAME_IN_USE, error.fault());
    }

    @Test
    void exitCodeAndLogsOfAShortContainer() {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        String id = engine.create(RunSpec.of("busybox", List.of("sh", "-c", "echo one; echo two >&2; exit 3"), LABELS));
        containers.add(id);
        engine.start(id);
        assertEquals(3, engine.waitFor(id, new Cancellation()));
        List<String> lines = new ArrayList<>();
        engine.logs(id, false, null, lines::add, new Cancellation());
        assertTrue(lines.contains("one") && lines.contains("two"), lines.toString());
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String fetch(int port, String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    static int status(int port, String path) throws Exception {
        return get(port, path).statusCode();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build();
        Exception last = null;
        // the server in the container needs a moment after start
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }
}
