package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.tui.PullProgressView;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code docker pull IMAGE[:TAG|@DIGEST]}: a bar per layer as the docker CLI draws them, then digest and size. */
final class PullHandler {

    PullResult pull(ImageReference image, Optional<String> platform, boolean quiet, ShellContext context) {
        ImageReference normalized = image.normalize();
        if (quiet) {
            PullResult result = silently(image, platform, context);
            context.screen().println(normalized.fullName());
            context.screen().flush();
            return result;
        }
        boolean defaultTag = image.tag().isEmpty() && image.digest().isEmpty();
        try (PullProgressView view = new PullProgressView(context.screen(), context.messages())) {
            // docker says which tag it chose once it is pulling, not before an engine that is not there
            PullListener listener = defaultTag ? announcingDefaultTag(view, context) : view;
            PullResult result = context.interrupts().run(cancellation -> context.engine().pull(
                    normalized.familiarRepository(), tagOrDigest(normalized), platform.orElse(null), listener,
                    cancellation));
            view.finish(result);
            return result;
        }
    }

    /** A pull that prints nothing (docker run -q). */
    PullResult silently(ImageReference image, Optional<String> platform, ShellContext context) {
        ImageReference normalized = image.normalize();
        return context.interrupts().run(cancellation -> context.engine().pull(normalized.familiarRepository(),
                tagOrDigest(normalized), platform.orElse(null), PullListener.SILENT, cancellation));
    }

    /** Always a tag (or a digest): without one the engine would pull every tag of the repository. */
    private static String tagOrDigest(ImageReference normalized) {
        return normalized.digest().orElse(normalized.tagOrLatest());
    }

    private static PullListener announcingDefaultTag(PullListener view, ShellContext context) {
        AtomicBoolean said = new AtomicBoolean();
        return new PullListener() {
            @Override
            public void onLayer(String layerId, String status, long current, long total) {
                announce();
                view.onLayer(layerId, status, current, total);
            }

            @Override
            public void onMessage(String message) {
                announce();
                view.onMessage(message);
            }

            private void announce() {
                if (said.compareAndSet(false, true)) {
                    context.screen().println("Using default tag: latest");
                }
            }
        };
    }
}
