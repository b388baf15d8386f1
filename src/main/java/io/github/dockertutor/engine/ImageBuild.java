package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.function.Consumer;

/**
 * {@code docker build}: sends the context (built by {@link BuildContext}, with the real
 * .dockerignore rules) and streams every step's output line by line. docker-java speaks to the
 * classic builder, whose output ("Step 2/5 : RUN …", "---> Using cache") is what learners see.
 */
final class ImageBuild {
    private ImageBuild() {
    }

    static BuildResult build(DockerClient client, BuildSpec spec, BuildContext context, Consumer<String> output,
            Cancellation cancellation) throws IOException, InterruptedException {
        Path tar = Files.createTempFile("dockertutor-context", ".tar");
        try {
            try (OutputStream out = Files.newOutputStream(tar)) {
                context.writeTar(out);
            }
            String[] imageId = {null};
            String[] streamError = {null};
            int[] steps = {0};
            int[] cached = {0};
            StringBuilder pending = new StringBuilder();
            ResultCallback.Adapter<BuildResponseItem> callback = new ResultCallback.Adapter<>() {
                @Override
                public void onNext(BuildResponseItem item) {
                    if (item.getErrorDetail() != null || item.getError() != null) {
                        streamError[0] = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                                ? item.getErrorDetail().getMessage()
                                : item.getError();
                        return;
                    }
                    if (item.getImageId() != null) {
                        imageId[0] = item.getImageId();
                    }
                    String stream = item.getStream();
                    if (stream == null) {
                        return;
                    }
                    // the engine sends pieces of lines; hand out whole lines only
                    pending.append(stream);
                    int newline;
                    while ((newline = pending.indexOf("\n")) >= 0) {
                        String line = pending.substring(0, newline);
                        pending.delete(0, newline + 1);
                        if (line.startsWith("Step ")) {
                            steps[0]++;
                        } else if (line.contains("Using cache")) {
                            cached[0]++;
                        } else if (line.startsWith("Successfully built ") && imageId[0] == null) {
                            imageId[0] = line.substring("Successfully built ".length()).trim();
                        }
                        output.accept(line);
                    }
                }
            };
            try (InputStream in = Files.newInputStream(tar)) {
                var command = client.buildImageCmd()
                        .withTarInputStream(in)
                        .withDockerfilePath(spec.dockerfile())
                        .withTags(new HashSet<>(spec.tags()))
                        .withNoCache(spec.noCache())
                        .withRemove(spec.remove())
                        .withForcerm(spec.forceRemove())
                        .withPull(spec.pull())
                        .withLabels(spec.labels());
                spec.target().ifPresent(command::withTarget);
                spec.platform().ifPresent(command::withPlatform);
                spec.buildArgs().forEach(command::withBuildArg);
                command.exec(callback);
                cancellation.attach(callback);
                callback.awaitCompletion();
            }
            cancellation.throwIfCancelled();
            if (pending.length() > 0) {
                output.accept(pending.toString());
            }
            if (streamError[0] != null) {
                throw new EngineException(EngineException.Fault.REFUSED, "engine.error.buildFailed", null, streamError[0]);
            }
            if (imageId[0] == null) {
                throw new EngineException(EngineException.Fault.REFUSED, "engine.error.buildFailed", null, "no image id");
            }
            String id = imageId[0].startsWith("sha256:") ? imageId[0] : client.inspectImageCmd(imageId[0]).exec().getId();
            return new BuildResult(id, spec.tags(), steps[0], cached[0]);
        } finally {
            Files.deleteIfExists(tar);
        }
    }
}
