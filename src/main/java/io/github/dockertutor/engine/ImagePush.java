package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;

/**
 * {@code docker push}: the engine sends an image to a registry. As with pull, an error can arrive
 * inside the stream after the engine already answered 200, so each item is checked for one.
 */
final class ImagePush {
    private ImagePush() {
    }

    static void push(DockerClient client, String repository, String tag) throws InterruptedException {
        String[] streamError = {null};
        ResultCallback.Adapter<PushResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PushResponseItem item) {
                ResponseItem.ErrorDetail error = item.getErrorDetail();
                if (error != null || item.getError() != null) {
                    streamError[0] = error != null && error.getMessage() != null ? error.getMessage() : item.getError();
                }
            }
        };
        client.pushImageCmd(repository).withTag(tag).exec(callback).awaitCompletion();
        if (streamError[0] != null) {
            throw EngineErrors.translate(new DockerClientException(streamError[0]));
        }
    }
}
