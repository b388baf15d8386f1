package io.github.dockertutor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * JLine's own terminal on the learner's Unix terminal, made as JLine's builder makes it through
 * its native provider, except that the terminal type's capabilities are read by
 * {@link TerminalCapabilities}, and that a signal's handler is set directly (see
 * {@link #handle(Signal, SignalHandler)}). Only where both standard input and output are the
 * terminal; else (and on Windows) JLine's builder decides, as before.
 */
final class QuickCapabilitiesTerminal extends PosixSysTerminal {

    private QuickCapabilitiesTerminal(String type, JniTerminalProvider provider) throws IOException {
        super("dockertutor", type, provider.current(SystemStream.Output), StandardCharsets.UTF_8, true,
                Terminal.SignalHandler.SIG_DFL);
    }

    /** The terminal, or none where this way does not apply. */
    static Terminal openOrNull(String type) throws IOException {
        JniTerminalProvider provider = new JniTerminalProvider();
        if (!provider.isSystemStream(SystemStream.Input) || !provider.isSystemStream(SystemStream.Output)) {
            return null;
        }
        return new QuickCapabilitiesTerminal(type, provider);
    }

    @Override
    protected void parseInfoCmp() {
        // called by JLine's constructor; the type is known by then, and nothing of this class is needed
        if (!TerminalCapabilities.readBuiltIn(type, bools, ints, strings)) {
            super.parseInfoCmp();
        }
    }

    /**
     * As JLine's own terminal does it, without its reflection: JLine sets the JVM's handler
     * through a {@code java.lang.reflect.Proxy}, whose class the JVM generates on first use, and
     * the shell's Ctrl-C handler and the line reader's (Ctrl-C, a resized window) are set before
     * the first prompt (4 to 12 ms of it, bench/README, "seventh look").
     */
    @Override
    public SignalHandler handle(Signal signal, SignalHandler handler) {
        Objects.requireNonNull(signal);
        Objects.requireNonNull(handler);
        SignalHandler previous = handlers.put(signal, handler);
        if (previous != handler) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), handler == SignalHandler.SIG_DFL
                        ? sun.misc.SignalHandler.SIG_DFL : ignored -> raise(signal));
            } catch (IllegalArgumentException notHere) {
                // a signal this system does not have (INFO on Linux) or the JVM keeps (QUIT): JLine
                // passes these over too
            }
        }
        return previous;
    }
}
