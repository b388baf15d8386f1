package io.github.dockertutor.pack;

import io.github.dockertutor.base.Version;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageFacts;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseImages;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.tui.ByteProgressView;
import io.github.dockertutor.tui.HumanUnits;
import io.github.dockertutor.tui.PullProgressView;
import io.github.dockertutor.tui.Screen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dockertutor pack}: pulls the course's images through the engine, then writes the course
 * pack a classroom loads offline. The teacher sees a bar per pull and one for the writing.
 */
public final class CoursePacker {
    private final Engine engine;
    private final Messages messages;
    private final Screen screen;

    public CoursePacker(Engine engine, Messages messages, Screen screen) {
        this.engine = engine;
        this.messages = messages;
        this.screen = screen;
    }

    /**
     * Packs the course into {@code target}.
     *
     * @param all whether images only optional steps use (TensorFlow) go in too
     */
    public PackManifest pack(Course course, Path target, boolean all) throws IOException {
        List<CourseImages.CourseImage> images = CourseImages.of(course);
        List<String> included = new ArrayList<>();
        for (CourseImages.CourseImage image : images) {
            if (image.optionalOnly() && !all) {
                Optional<ImageFacts> local = engine.imageFacts(image.reference());
                say(local.isPresent() ? "pack.skipped" : "pack.skippedUnknownSize", image.reference(),
                        local.map(facts -> HumanUnits.size(facts.size())).orElse(""));
            } else {
                included.add(image.reference());
            }
        }
        List<PackManifest.Image> facts = new ArrayList<>();
        for (int i = 0; i < included.size(); i++) {
            String reference = included.get(i);
            say("pack.pulling", reference, i + 1, included.size());
            pull(reference);
            ImageFacts image = engine.imageFacts(reference)
                    .orElseThrow(() -> new PackException("pack.pullFailed", reference, "?"));
            facts.add(new PackManifest.Image(reference, image.id(), image.repoDigests(), image.size(), image.os(),
                    image.architecture()));
        }
        List<PackWriter.LessonFile> lessons = lessonFiles(course);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (ImagesMember member = ImagesMember.in(parent)) {
            ImagesMember.Done exported = export(included, facts, member);
            PackManifest base = new PackManifest(PackManifest.FORMAT, Version.current(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), facts, Map.of());
            PackManifest manifest;
            try (ByteProgressView bar = new ByteProgressView(screen, messages.get("pack.progress.write",
                    target.getFileName()), PackWriter.contentSize(lessons, exported.contentSize()))) {
                manifest = PackWriter.write(target, base, lessons, exported, bar::update);
            }
            say("pack.done", target, HumanUnits.size(Files.size(target)), facts.size(), course.lessons().size());
            return manifest;
        }
    }

    /** Pulls one image; when the registry cannot be reached but the engine has the image, that copy is packed. */
    private void pull(String reference) {
        ImageReference image;
        try {
            image = ImageReference.parse(reference).normalize();
        } catch (ParseException e) {
            throw new PackException("pack.pullFailed", reference, e.getMessage());
        }
        String tag = image.digest().orElse(image.tagOrLatest());
        try (PullProgressView view = new PullProgressView(screen, messages)) {
            PullResult result = engine.pull(image.familiarRepository(), tag, null, view, new Cancellation());
            view.finish(result);
        } catch (EngineException e) {
            String reason = messages.get(e.key(), e.args());
            if (engine.imageFacts(reference).isEmpty()) {
                throw new PackException(e, "pack.pullFailed", reference, reason);
            }
            say("pack.pullFailedLocal", reference, reason);
        }
    }

    /**
     * The {@code docker save} of the images, streamed straight into the images member: compressed
     * and hashed as it arrives, so the engine's export and our compression overlap.
     */
    private ImagesMember.Done export(List<String> references, List<PackManifest.Image> facts, ImagesMember images)
            throws IOException {
        if (references.isEmpty()) {
            return images.finish();
        }
        long estimate = facts.stream().mapToLong(PackManifest.Image::size).sum();
        long[] done = {0};
        try (ByteProgressView bar = new ByteProgressView(screen, messages.get("pack.progress.export"), estimate)) {
            engine.saveImages(references, new PackWriter.CountingOutput(images.content(), n -> {
                done[0] += n;
                bar.update(done[0]);
            }));
        }
        return images.finish();
    }

    /** Every file of every lesson, under lessons/ID/, in a stable order. */
    static List<PackWriter.LessonFile> lessonFiles(Course course) throws IOException {
        List<PackWriter.LessonFile> files = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            Path folder = lesson.folder();
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(folder)) {
                paths = walk.filter(Files::isRegularFile)
                        .filter(path -> !folder.relativize(path).toString().startsWith("."))
                        .sorted().toList();
            }
            for (Path path : paths) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                files.add(new PackWriter.LessonFile(PackManifest.LESSONS + lesson.id() + "/" + relative,
                        Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private void say(String key, Object... args) {
        screen.println(messages.get(key, args));
        screen.flush();
    }
}
