package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.ContainerState;
import io.github.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After {@code docker run -d}: a container that ends at once (a typo in its command, a missing
 * file, a script with CRLF line endings) would otherwise look like a success. Watches it briefly
 * and, if it has already ended, shows its exit code with its meaning and its last lines.
 */
final class EarlyExit {
    static final long WATCH_MILLIS = 1500;
    static final long POLL_MILLIS = 150;
    static final int LOG_LINES = 10;

    private EarlyExit() {
    }

    static void watch(String id, String shown, String image, ShellContext context) {
        long deadline = System.nanoTime() + WATCH_MILLIS * 1_000_000;
        while (true) {
            Optional<ContainerState> state = context.engine().containerState(id);
            if (state.isEmpty()) {
                context.say("fault.exited.removed", shown);
                return;
            }
            if (state.get().ended()) {
                report(id, shown, image, state.get(), context);
                return;
            }
            if (System.nanoTime() > deadline) {
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void report(String id, String shown, String image, ContainerState state, ShellContext context) {
        context.say("fault.exited.code", shown, state.exitCode(), ExitCodes.meaning(state.exitCode(), context.messages()));
        List<String> lines = new ArrayList<>();
        try {
            context.interrupts().runVoid(cancellation -> context.engine().logs(id, false, LOG_LINES, lines::add,
                    cancellation));
        } catch (EngineException e) {
            // removed meanwhile (--rm): the exit code is all there is
        }
        if (lines.isEmpty()) {
            context.say("fault.exited.noLogs", shown);
        } else {
            context.say("fault.exited.logs", shown);
            for (String line : lines) {
                context.out().println("  " + line);
            }
            context.out().flush();
        }
        if (lines.stream().anyMatch(PlatformMismatch::mentionedIn) || PlatformMismatch.mentionedIn(state.error())) {
            PlatformMismatch.explain(image, context);
        }
    }
}
