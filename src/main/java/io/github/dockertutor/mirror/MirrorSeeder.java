package io.github.dockertutor.mirror;

import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts images into the class mirror through the teacher's engine: each image the engine already
 * has is tagged with the mirror's address ({@code 127.0.0.1:5000/library/busybox:latest}), pushed,
 * and the extra tag removed again. A mirror serves Docker Hub names, so only those are seeded.
 */
public final class MirrorSeeder {

    /**
     * What became of one image.
     *
     * @param image  the image as the course names it ({@code busybox:latest})
     * @param pushed whether it is in the mirror now
     * @param key    when not pushed: the message key that says why
     * @param args   that message's arguments
     */
    public record Seeded(String image, boolean pushed, String key, List<Object> args) {
        static Seeded ok(String image) {
            return new Seeded(image, true, null, List.of());
        }

        static Seeded not(String image, String key, Object... args) {
            return new Seeded(image, false, key, java.util.Arrays.asList(args));
        }
    }

    private final Engine engine;

    public MirrorSeeder(Engine engine) {
        this.engine = engine;
    }

    /** Pushes every image to the registry at {@code registry} (HOST:PORT as this machine reaches it). */
    public List<Seeded> seed(List<String> images, String registry) {
        List<Seeded> results = new ArrayList<>();
        for (String image : images) {
            results.add(seedOne(image, registry));
        }
        return results;
    }

    private Seeded seedOne(String image, String registry) {
        Optional<ImageReference> parsed = ImageReference.normalized(image);
        if (parsed.isEmpty() || !parsed.get().domain().equals("docker.io") || parsed.get().tag().isEmpty()) {
            return Seeded.not(image, "mirror.seed.notHub", image);
        }
        ImageReference reference = parsed.get();
        String local = reference.familiarName();
        try {
            if (engine.inspectImage(local).isEmpty()) {
                return Seeded.not(image, "mirror.seed.notLocal", local);
            }
            String repository = registry + "/" + reference.path();
            engine.tag(local, repository, reference.tag().orElseThrow());
            try {
                engine.push(repository, reference.tag().orElseThrow());
            } finally {
                // only the extra name goes; the image itself stays on the teacher's engine
                engine.removeImage(repository + ":" + reference.tag().orElseThrow(), false);
            }
            return Seeded.ok(image);
        } catch (EngineException e) {
            return Seeded.not(image, e.key(), e.args());
        }
    }
}
