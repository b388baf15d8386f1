package io.github.dockertutor.pack;

import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageFacts;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.tui.ByteProgressView;
import io.github.dockertutor.tui.HumanUnits;
import io.github.dockertutor.tui.Screen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code dockertutor load FILE}: checks a course pack whole before the engine sees it, loads its
 * images, then makes sure every image the manifest names is really there. The check comes first
 * and completes before the engine is asked for at all, rather than loading while checking and
 * removing what a bad pack added: an engine cannot give back a tag a bad load moved, and a
 * pack from {@link PackWriter} is checked without decompressing its images, so the extra pass
 * costs a SHA-256 of the compressed bytes, not a second decompression.
 */
public final class PackLoader {
    private final Supplier<Engine> engine;
    private final Runnable prepare;
    private final Messages messages;
    private final Screen screen;

    /** {@code engine} is asked for only once the pack has passed its checks. */
    public PackLoader(Supplier<Engine> engine, Messages messages, Screen screen) {
        this(engine, () -> { }, messages, screen);
    }

    /**
     * {@code prepare} is run once the manifest is read and lists images, while the rest of the pack
     * is checked: it may start finding the engine, never send it anything; {@code engine} is still
     * asked for only once the pack has passed.
     */
    public PackLoader(Supplier<Engine> engine, Runnable prepare, Messages messages, Screen screen) {
        this.engine = engine;
        this.prepare = prepare;
        this.messages = messages;
        this.screen = screen;
    }

    /** Checks the pack; a {@link PackException} says what is wrong, and nothing was loaded. */
    public PackManifest verify(Path archive) {
        return check(archive).manifest();
    }

    private PackReader.Verified check(Path archive) {
        ByteProgressView[] bar = {null};
        try {
            return PackReader.check(archive, read -> {
                if (!read.images().isEmpty()) {
                    prepare.run();
                }
                long total = read.entries().values().stream().mapToLong(PackManifest.Entry::size).sum();
                bar[0] = new ByteProgressView(screen, messages.get("pack.progress.verify", archive.getFileName()), total);
                return bar[0]::update;
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
    }

    /** Verifies, loads and confirms; the images loaded. */
    public List<PackManifest.Image> load(Path archive) throws IOException {
        PackReader.Verified verified = check(archive);
        PackManifest manifest = verified.manifest();
        say("pack.load.verified", manifest.tutorVersion(), manifest.created(), manifest.images().size());
        if (manifest.images().isEmpty()) {
            return List.of();
        }
        Engine docker = engine.get();
        long total = manifest.entries().get(PackManifest.IMAGES).size();
        long[] done = {0};
        SavedImageNames names = new SavedImageNames(manifest.images());
        try (ByteProgressView bar = new ByteProgressView(screen, messages.get("pack.progress.load"), total);
             InputStream images = PackReader.openForEngine(archive, verified, names)) {
            docker.loadImages(new PackWriter.CountingInput(images, n -> {
                done[0] += n;
                bar.update(done[0]);
            }));
        } catch (EngineException e) {
            // the names were refused on the way: the engine got images.tar cut short and loaded nothing
            throw names.refusal().orElseThrow(() -> e);
        }
        List<String> missing = new ArrayList<>();
        for (PackManifest.Image image : manifest.images()) {
            Optional<ImageFacts> facts = docker.imageFacts(image.id());
            if (facts.isEmpty()) {
                missing.add(image.reference());
            } else {
                say("pack.load.image", image.reference(), HumanUnits.size(image.size()), image.os() + "/"
                        + image.architecture());
            }
        }
        if (!missing.isEmpty()) {
            throw new PackException("pack.load.missingAfter", String.join(", ", missing));
        }
        say("pack.load.done", manifest.images().size());
        return manifest.images();
    }

    /** A line about the pack; what it quotes (a version, a reference) is the pack's data, shown escaped. */
    private void say(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                shown[i] = Columns.printable(text);
            }
        }
        screen.println(messages.get(key, shown));
        screen.flush();
    }
}
