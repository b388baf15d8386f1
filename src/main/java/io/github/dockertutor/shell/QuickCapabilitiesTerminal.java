package io.github.dockertutor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * JLine's own terminal on the learner's Unix terminal, made as JLine's builder makes it through
 * its native provider, except that the terminal type's capabilities are read by
 * {@link TerminalCapabilities}. Only where both standard input and output are the terminal; else
 * (and on Windows) JLine's builder decides, as before.
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
}
