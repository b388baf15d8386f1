package io.github.dockertutor.tui;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.dockerrun.ImagesTable;
import io.github.dockertutor.dockerrun.PsTable;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.FreshImage;
import io.github.dockertutor.engine.PullResult;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.time.Instant;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Draws real pulls and the docker tables on this terminal, to look at them as a learner would:
 * {@code [en|zh-TW] [slow]}. "slow" also plays a scripted pull at a network's pace to watch the bars move.
 */
public final class ViewPreview {
    private ViewPreview() {
    }

    public static void main(String[] args) throws Exception {
        Messages messages = Messages.of(args.length > 0 ? Language.parse(args[0]).orElse(Language.EN) : Language.EN);
        try (Terminal terminal = TerminalBuilder.builder().system(true).build();
                EngineSession session = RealEngine.session()) {
            Screen screen = new TerminalScreen(terminal);
            DockerEngine engine = new DockerEngine(session);
            if (args.length > 1 && args[1].equals("slow")) {
                try (PullProgressView view = new PullProgressView(screen, messages)) {
                    PullScript.play(view, () -> sleep(15));
                    view.finish(PullScript.RESULT);
                }
            }
            try (PullProgressView view = new PullProgressView(screen, messages)) {
                view.finish(engine.pull("busybox", "latest", null, view, new Cancellation()));
            }
            try (FreshImage image = FreshImage.push(session, "dt-view-pull")) {
                try (PullProgressView view = new PullProgressView(screen, messages)) {
                    PullResult result = engine.pull(image.repository(), image.tag(), null, view, new Cancellation());
                    image.pulledAs(result.digest());
                    view.finish(result);
                }
                ImagesTable.print(screen, engine.images(), Instant.now(), false);
            }
            PsTable.print(screen, engine.containers(true), Instant.now(), false);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
