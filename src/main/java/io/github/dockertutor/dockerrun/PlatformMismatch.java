package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.EngineException;
import java.util.Optional;

/**
 * {@code exec format error}: the kernel refused to run the image's program because it is built for
 * another processor (an arm64 image on an amd64 PC, an amd64 image on a Mac with Apple silicon).
 * Says so in words, with the engine's platform and the image's, and what to use instead.
 */
final class PlatformMismatch {
    static final String KERNEL_TEXT = "exec format error";

    private PlatformMismatch() {
    }

    static boolean mentionedIn(String text) {
        return text.contains(KERNEL_TEXT);
    }

    static void explain(String image, ShellContext context) {
        String unknown = context.messages().get("fault.platform.unknown");
        String engine = context.engine().enginePlatform().orElse(unknown);
        Optional<String> imagePlatform;
        try {
            imagePlatform = context.engine().imagePlatform(image);
        } catch (EngineException e) {
            imagePlatform = Optional.empty();
        }
        context.say("fault.platform.explain");
        context.say("fault.platform.which", engine, image, imagePlatform.orElse(unknown));
        context.say("fault.platform.fix", engine.equals(unknown) ? "linux/amd64" : engine, image);
    }
}
