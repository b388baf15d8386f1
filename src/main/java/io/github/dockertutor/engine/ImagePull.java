package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;

/**
 * {@code docker pull}: streams the engine's progress to a listener and reports the result. The
 * tag is always given, or the engine would pull every tag of the repository; an error can arrive
 * inside the stream after the engine already answered 200, so each item is checked for one.
 */
final class ImagePull {
    private ImagePull() {
    }

    static PullResult pull(DockerClient client, String repository, String tag, String platform,
            PullListener listener, Cancellation cancellation) throws InterruptedException {
        String[] digest = {""};
        String[] streamError = {null};
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                ResponseItem.ErrorDetail error = item.getErrorDetail();
                if (error != null || item.getError() != null) {
                    streamError[0] = error != null && error.getMessage() != null ? error.getMessage() : item.getError();
                    return;
                }
                String status = item.getStatus() == null ? "" : item.getStatus();
                if (status.startsWith("Digest: ")) {
                    digest[0] = status.substring("Digest: ".length()).trim();
                }
                if (item.getId() != null && !status.startsWith("Pulling from")) {
                    ResponseItem.ProgressDetail progress = item.getProgressDetail();
                    long current = progress == null || progress.getCurrent() == null ? 0 : progress.getCurrent();
                    long total = progress == null || progress.getTotal() == null ? 0 : progress.getTotal();
                    listener.onLayer(item.getId(), status, current, total);
                } else if (!status.isBlank()) {
                    listener.onMessage(item.getId() == null ? status : item.getId() + ": " + status);
                }
            }
        };
        var command = client.pullImageCmd(repository).withTag(tag);
        if (platform != null && !platform.isBlank()) {
            command = command.withPlatform(platform);
        }
        command.exec(callback);
        cancellation.attach(callback);
        callback.awaitCompletion();
        cancellation.throwIfCancelled();
        if (streamError[0] != null) {
            throw EngineErrors.translate(new com.github.dockerjava.api.exception.DockerClientException(streamError[0]));
        }
        // a digest is pulled as NAME@sha256:…, and the image is then known by that, never NAME:sha256:…
        String reference = repository + (tag.startsWith("sha256:") ? "@" : ":") + tag;
        InspectImageResponse image = client.inspectImageCmd(reference).exec();
        long size = image.getSize() == null ? 0 : image.getSize();
        return new PullResult(reference, digest[0], image.getId(), size);
    }
}
