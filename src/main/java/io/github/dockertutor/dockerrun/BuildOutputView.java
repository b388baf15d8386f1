package io.github.dockertutor.dockerrun;

import io.github.dockertutor.engine.BuildResult;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.LineWrapper;
import io.github.dockertutor.tui.Screen;
import java.util.function.Consumer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Prints a build's lines as the engine streams them, the classic builder's "Step 2/5 : RUN …"
 * lines in bold when there is color so the steps stand out from their output, then a summary of
 * the new image and how much of it came from the build cache ({@code view.build.summary}).
 *
 * <pre>
 * BuildOutputView view = new BuildOutputView(screen, messages);
 * view.finish(engine.build(spec, context, view, cancellation));
 * </pre>
 */
public final class BuildOutputView implements Consumer<String> {
    private static final AttributedStyle STEP = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);

    private final Screen screen;
    private final Messages messages;

    public BuildOutputView(Screen screen, Messages messages) {
        this.screen = screen;
        this.messages = messages;
    }

    /** One line of build output; called from docker-java's thread. */
    @Override
    public void accept(String line) {
        String text = Columns.printable(line);
        if (screen.color() && isStep(text)) {
            screen.println(new AttributedString(text, STEP));
        } else {
            screen.println(text);
        }
        screen.flush();
    }

    static boolean isStep(String line) {
        return line.matches("Step \\d+/\\d+ : .*");
    }

    /** The summary line: the short image id, its names, and the steps taken from the build cache. */
    public void finish(BuildResult result) {
        String tags = result.tags().isEmpty() ? messages.get("view.build.untagged") : String.join(", ", result.tags());
        String summary = messages.get("view.build.summary", DockerIds.shortId(result.imageId()), tags,
                result.cachedSteps(), result.steps());
        AttributedStyle style = screen.color() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
        for (AttributedString line : LineWrapper.wrap(new AttributedString(summary, style), screen.width())) {
            screen.println(line);
        }
        screen.flush();
    }
}
