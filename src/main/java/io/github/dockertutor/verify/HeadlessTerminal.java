package io.github.dockertutor.verify;

import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.Cancellation;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A terminal for {@code run -it} when nobody types: the container is created with its terminal and
 * open input, as the learner's would be, started, and waited for. A solution that steps inside runs
 * a command that ends ({@code sh -c "uname -a; hostname"}); one that waits for typing is stopped
 * after a while, as a learner would type {@code exit}.
 */
final class HeadlessTerminal implements InteractiveRunner {
    private static final long PATIENCE_SECONDS = 30;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public OptionalInt attachAndStart(String containerId, ShellContext context) {
        context.engine().start(containerId);
        Cancellation patience = new Cancellation();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dockertutor-verify-patience");
            thread.setDaemon(true);
            return thread;
        });
        try {
            timer.schedule(patience::cancel, PATIENCE_SECONDS, TimeUnit.SECONDS);
            return OptionalInt.of(context.engine().waitFor(containerId, patience));
        } catch (RuntimeException e) {
            context.engine().stop(containerId, 1);
            return OptionalInt.empty();
        } finally {
            timer.shutdownNow();
        }
    }

    @Override
    public OptionalInt exec(String containerId, List<String> command, ShellContext context) {
        return OptionalInt.of(context.engine().execAndStream(containerId, command, false, line -> { },
                new Cancellation()));
    }
}
