package io.github.dockertutor.shell;

import io.github.dockertutor.console.Interrupts;
import org.jline.terminal.Terminal;

/**
 * Routes Ctrl-C to {@link Interrupts} while the shell runs, and puts the previous handler back at
 * the end. With a terminal, JLine delivers the signal; with a script on standard input, the
 * process's own SIGINT is caught, so a test (or a teacher) can interrupt a long {@code logs -f}
 * without ending the tutor.
 */
abstract class SignalHandling implements AutoCloseable {

    static SignalHandling install(LineSource lines, Interrupts interrupts) {
        if (lines instanceof TerminalLineSource terminal) {
            return new OnTerminal(terminal.terminal(), interrupts);
        }
        return new OnProcess(interrupts);
    }

    @Override
    public abstract void close();

    /**
     * Whether this process was started with SIGINT ignored ({@code cmd &} in a script that is not
     * interactive): the JVM then installs no handler for it, ours included, and Ctrl-C never
     * reaches the tutor. Asked by installing a handler that does nothing and putting back the one
     * that was there; an ignored signal answers that it was ignored and takes none.
     */
    @SuppressWarnings("restriction")
    static boolean ctrlCIgnored() {
        try {
            sun.misc.Signal interrupt = new sun.misc.Signal("INT");
            sun.misc.SignalHandler previous = sun.misc.Signal.handle(interrupt, signal -> { });
            if (previous == sun.misc.SignalHandler.SIG_IGN) {
                return true;
            }
            sun.misc.Signal.handle(interrupt, previous);
            return false;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false; // no SIGINT to speak of here (Windows, -Xrs): nothing to tell
        }
    }

    private static final class OnTerminal extends SignalHandling {
        private final Terminal terminal;
        private final Terminal.SignalHandler previous;

        OnTerminal(Terminal terminal, Interrupts interrupts) {
            this.terminal = terminal;
            this.previous = terminal.handle(Terminal.Signal.INT, signal -> interrupts.interrupt());
        }

        @Override
        public void close() {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    @SuppressWarnings("restriction")
    private static final class OnProcess extends SignalHandling {
        private final sun.misc.SignalHandler previous;

        OnProcess(Interrupts interrupts) {
            sun.misc.SignalHandler old;
            try {
                old = sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> interrupts.interrupt());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // a platform without SIGINT handling: Ctrl-C then ends the process, as it always did
                old = null;
            }
            this.previous = old;
        }

        @Override
        public void close() {
            if (previous != null) {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), previous);
            }
        }
    }
}
