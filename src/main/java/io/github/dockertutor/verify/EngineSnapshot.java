package io.github.dockertutor.verify;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The engine's containers and image tags and the workspace's files at one moment, so that what a
 * wrong attempt did can be undone before the next is tried: new containers removed, tags put back
 * on the images they named, files written back. Only what changed since the snapshot is touched.
 */
final class EngineSnapshot {
    /** Files larger than this are left as they are: a course's workspace holds small text files. */
    private static final long MAX_FILE_BYTES = 4L << 20;

    private final Engine engine;
    private final Path workspace;
    private final Predicate<ContainerSummary> removable;
    private final Set<String> containers = new HashSet<>();
    private final Map<String, String> imageByTag = new HashMap<>();
    private final Map<Path, byte[]> files = new HashMap<>();

    private EngineSnapshot(Engine engine, Path workspace, Predicate<ContainerSummary> removable) {
        this.engine = engine;
        this.workspace = workspace;
        this.removable = removable;
    }

    /**
     * The state now; {@code removable} says which new containers {@link #restore} may remove (on a
     * learner's engine, only those the tutor labelled: another terminal's are not ours).
     */
    static EngineSnapshot take(Engine engine, Path workspace, Predicate<ContainerSummary> removable) {
        EngineSnapshot snapshot = new EngineSnapshot(engine, workspace, removable);
        engine.containers(true).forEach(container -> snapshot.containers.add(container.id()));
        for (ImageSummary image : engine.images()) {
            image.repoTags().forEach(tag -> snapshot.imageByTag.put(tag, image.id()));
        }
        for (Path file : workspaceFiles(workspace)) {
            try {
                if (Files.size(file) <= MAX_FILE_BYTES) {
                    snapshot.files.put(file, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return snapshot;
    }

    /** Puts the engine and the workspace back as they were when the snapshot was taken. */
    void restore() {
        for (ContainerSummary container : engine.containers(true)) {
            if (!containers.contains(container.id()) && removable.test(container)) {
                engine.removeContainer(container.id(), true);
            }
        }
        Map<String, String> now = new HashMap<>();
        for (ImageSummary image : engine.images()) {
            image.repoTags().forEach(tag -> now.put(tag, image.id()));
        }
        for (var entry : imageByTag.entrySet()) {
            if (!entry.getValue().equals(now.get(entry.getKey()))) {
                int colon = entry.getKey().lastIndexOf(':');
                engine.tag(entry.getValue(), entry.getKey().substring(0, colon), entry.getKey().substring(colon + 1));
            }
        }
        for (String tag : now.keySet()) {
            if (!imageByTag.containsKey(tag)) {
                try {
                    engine.removeImage(tag, false);
                } catch (EngineException e) {
                    // an image another container still uses stays: it changes no check of the course
                }
            }
        }
        restoreFiles();
    }

    private void restoreFiles() {
        try {
            for (Path file : workspaceFiles(workspace)) {
                if (!files.containsKey(file) && Files.size(file) <= MAX_FILE_BYTES) {
                    Files.delete(file);
                }
            }
            for (var entry : files.entrySet()) {
                if (!Files.exists(entry.getKey()) || !Arrays.equals(Files.readAllBytes(entry.getKey()), entry.getValue())) {
                    Files.createDirectories(entry.getKey().getParent());
                    Files.write(entry.getKey(), entry.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> workspaceFiles(Path workspace) {
        if (!Files.isDirectory(workspace)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(workspace)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
