package io.github.dockertutor.shell.docker;

import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.shell.ShellContext;
import io.github.dockertutor.shell.parse.ImageReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code docker pull IMAGE[:TAG]}: a line per layer as the docker CLI draws it, then digest and size. */
final class PullHandler {

    PullResult pull(ImageReference image, Optional<String> platform, boolean quiet, ShellContext context) {
        ImageReference normalized = image.normalize();
        if (image.tag().isEmpty() && image.digest().isEmpty()) {
            context.out().println("Using default tag: latest");
        }
        String tag = normalized.digest().orElse(normalized.tagOrLatest());
        PullListener listener = quiet ? PullListener.SILENT : new LayerLines(context);
        PullResult result = context.interrupts().run(cancellation -> context.engine().pull(
                normalized.familiarRepository(), tag, platform.orElse(null), listener, cancellation));
        if (quiet) {
            context.out().println(normalized.fullName());
        } else {
            context.out().println(normalized.fullName());
            context.say("docker.pull.summary", normalized.familiarName(), shortDigest(result.digest()),
                    Sizes.human(result.size()));
        }
        context.out().flush();
        return result;
    }

    private static String shortDigest(String digest) {
        return digest.isEmpty() ? "-" : digest;
    }

    /** One line each time a layer's status changes, never per byte: readable in any terminal or log. */
    private static final class LayerLines implements PullListener {
        private final ShellContext context;
        private final Map<String, String> lastStatus = new HashMap<>();

        LayerLines(ShellContext context) {
            this.context = context;
        }

        @Override
        public synchronized void onLayer(String layerId, String status, long current, long total) {
            if (!status.equals(lastStatus.put(layerId, status))) {
                context.out().println(layerId + ": " + status);
                context.out().flush();
            }
        }

        @Override
        public synchronized void onMessage(String message) {
            context.out().println(message);
            context.out().flush();
        }
    }
}
