package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * An image the engine does not have but its registry mirror does, so that pulling it shows real
 * layer lines (an image already present pulls as "Image is up to date", without any). Built from
 * busybox plus one small layer of its own, pushed to the mirror, then removed from the engine.
 * {@link #close()} removes it from the engine and its manifest from the registry.
 */
public final class FreshImage implements AutoCloseable {
    private final DockerEngine engine;
    private final String registry;
    private final String name;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String digest = "";

    private FreshImage(DockerEngine engine, String registry, String name) {
        this.engine = engine;
        this.registry = registry;
        this.name = name;
    }

    /** The repository to pull, e.g. 127.0.0.1:5000/dt-view-pull; one name, so the registry's catalog does not grow. */
    public String repository() {
        return registry + "/" + name;
    }

    /** A tag of its own for each test run, e.g. 1a2b3c4d. */
    public String tag() {
        return tag;
    }

    private String reference() {
        return repository() + ":" + tag;
    }

    /** Remember the digest the pull reported, so close() can delete the manifest. */
    public void pulledAs(String manifestDigest) {
        this.digest = manifestDigest;
    }

    public static FreshImage push(EngineSession session, String name) throws Exception {
        DockerEngine engine = new DockerEngine(session);
        DockerClient client = session.client().orElseThrow();
        String registry = mirror(client.infoCmd().exec().getRegistryConfig().getMirrors());
        FreshImage image = new FreshImage(engine, registry, name);
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        Path context = Files.createTempDirectory("dt-view-context");
        try {
            Files.writeString(context.resolve("Dockerfile"),
                    "FROM busybox\nRUN echo " + image.tag + " > /id && head -c 200000 /dev/zero > /pad\n");
            engine.build(new BuildSpec(context, "Dockerfile", List.of(image.reference()), Map.of(), true,
                    Map.of(Engine.LESSON_LABEL, "test")), BuildContext.scan(context, "Dockerfile"), line -> { },
                    new Cancellation());
        } finally {
            try (var files = Files.walk(context)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String[] error = {null};
        client.pushImageCmd(image.repository()).withTag(image.tag).exec(new ResultCallback.Adapter<PushResponseItem>() {
            @Override
            public void onNext(PushResponseItem item) {
                if (item.getErrorDetail() != null || item.getError() != null) {
                    error[0] = item.getError();
                }
            }
        }).awaitCompletion();
        engine.removeImage(image.reference(), true);
        if (error[0] != null) {
            throw new IllegalStateException("push to " + registry + " failed: " + error[0]);
        }
        return image;
    }

    /** "http://127.0.0.1:5000/" from the engine's settings, as host:port. */
    private static String mirror(Object mirrors) {
        if (mirrors instanceof Collection<?> list && !list.isEmpty()) {
            URI uri = URI.create(String.valueOf(list.iterator().next()));
            if (uri.getHost() != null && uri.getPort() > 0) {
                return uri.getHost() + ":" + uri.getPort();
            }
        }
        String message = "The engine has no registry mirror to push a fresh image to; start it with scripts/engine.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            engine.removeImage(reference(), true);
        } catch (EngineException ignored) {
            // never pulled, or already gone
        }
        if (!digest.isEmpty()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            http.send(HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/" + name + "/manifests/" + digest))
                    .DELETE().timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
