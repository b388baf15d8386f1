package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.tui.PullProgressView;
import java.util.Optional;

/** {@code docker pull IMAGE[:TAG]}: a bar per layer as the docker CLI draws them, then digest and size. */
final class PullHandler {

    PullResult pull(ImageReference image, Optional<String> platform, boolean quiet, ShellContext context) {
        ImageReference normalized = image.normalize();
        // always a tag (or a digest): without one the engine would pull every tag of the repository
        String tag = normalized.digest().orElse(normalized.tagOrLatest());
        if (quiet) {
            PullResult result = context.interrupts().run(cancellation -> context.engine().pull(
                    normalized.familiarRepository(), tag, platform.orElse(null), PullListener.SILENT, cancellation));
            context.screen().println(normalized.fullName());
            context.screen().flush();
            return result;
        }
        if (image.tag().isEmpty() && image.digest().isEmpty()) {
            context.screen().println("Using default tag: latest");
        }
        try (PullProgressView view = new PullProgressView(context.screen(), context.messages())) {
            PullResult result = context.interrupts().run(cancellation -> context.engine().pull(
                    normalized.familiarRepository(), tag, platform.orElse(null), view, cancellation));
            view.finish(result);
            return result;
        }
    }
}
