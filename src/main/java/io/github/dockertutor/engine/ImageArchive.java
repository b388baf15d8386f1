package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.SaveImagesCmd;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.LoadResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's image export and import ({@code docker save} and {@code docker load}) for course
 * packs: one tar stream of several images, sharing the layers they have in common.
 */
final class ImageArchive {
    private static final int BUFFER = 256 * 1024;

    private ImageArchive() {
    }

    /** The facts of a local image, or empty when the engine has none by that reference or id. */
    static Optional<ImageFacts> facts(DockerClient client, String reference) {
        InspectImageResponse image;
        try {
            image = client.inspectImageCmd(reference).exec();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(new ImageFacts(image.getId(),
                image.getRepoTags() == null ? List.of() : image.getRepoTags(),
                image.getRepoDigests() == null ? List.of() : image.getRepoDigests(),
                image.getSize() == null ? 0 : image.getSize(),
                image.getOs() == null ? "" : image.getOs(),
                image.getArch() == null ? "" : image.getArch()));
    }

    /**
     * Streams the export of these images (each {@code repository:tag}) into {@code sink}; the
     * engine keeps their names, so a load gives them back under the same ones.
     */
    static long save(DockerClient client, List<String> references, OutputStream sink) throws IOException {
        SaveImagesCmd command = client.saveImagesCmd();
        for (String reference : references) {
            int colon = reference.lastIndexOf(':');
            boolean hasTag = colon > reference.lastIndexOf('/');
            command = command.withImage(hasTag ? reference.substring(0, colon) : reference,
                    hasTag ? reference.substring(colon + 1) : "latest");
        }
        try (InputStream export = command.exec()) {
            return copy(export, sink);
        }
    }

    /**
     * Hands a {@code docker save} tar stream to the engine and waits until it has loaded all of
     * it. The engine's answer is read to its end: it starts with the first "Loaded image" line, and
     * hanging up there (as docker-java's synchronous load does) cuts short the loading of every
     * image after the first one that was not already on the engine. An error in it is thrown.
     */
    static void load(DockerClient client, InputStream tar) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> refused = new AtomicReference<>();
        client.loadImageAsyncCmd(tar).exec(new ResultCallback.Adapter<LoadResponseItem>() {
            @Override
            public void onNext(LoadResponseItem item) {
                if (item.isErrorIndicated()) {
                    refused.compareAndSet(null, item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                            ? item.getErrorDetail().getMessage() : String.valueOf(item.getError()));
                }
            }

            @Override
            public void onError(Throwable error) {
                failure.compareAndSet(null, error);
                super.onError(error);
            }
        }).awaitCompletion();
        if (failure.get() != null) {
            throw failure.get() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure.get());
        }
        if (refused.get() != null) {
            throw new IllegalStateException(refused.get());
        }
    }

    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }
}
