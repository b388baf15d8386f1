package io.github.dockertutor.shell;

import io.github.dockertutor.engine.Attachment;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.TextFit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The learner's terminal handed over to a container: {@code docker run -it}, {@code docker exec
 * -it}. Keys go to the container as typed (Ctrl-C included, as byte 0x03), the container's screen
 * comes back as is, the size follows the window, and Ctrl-P Ctrl-Q detaches as with the docker
 * command. The terminal is back as it was when this returns, however the session ended.
 */
public final class InteractiveSession {
    /** How often the key loop looks up from the keyboard to see whether the container ended. */
    private static final long POLL_MILLIS = 100;
    /** How long the engine may take to report the exit code once the stream ended. */
    private static final Duration EXIT_PATIENCE = Duration.ofSeconds(5);
    /** A new exec process may not be ready for its first resize yet: the docker CLI retries too. */
    private static final int FIRST_RESIZE_TRIES = 8;

    private final Terminal terminal;
    private final Engine engine;
    private final Messages messages;

    public InteractiveSession(Terminal terminal, Engine engine, Messages messages) {
        this.terminal = terminal;
        this.engine = engine;
        this.messages = messages;
    }

    /** How the session connects: attach to a container, or exec in one. */
    @FunctionalInterface
    private interface Opener {
        Attachment open(InputStream stdin, OutputStream output);
    }

    /**
     * Attaches to a container created with TTY and open stdin, and starts it if it is not running
     * yet ({@code docker run -it} after create; {@code docker start -ai}; {@code docker attach}).
     * Failures before the session begins (no such container, the start refused) are thrown as
     * {@link EngineException}, with the terminal as it was; how the session ended is the outcome.
     */
    public SessionOutcome attach(String container) {
        say("interactive.hint", shown(container));
        return session(container, (stdin, output) -> engine.attach(container, stdin, output),
                "interactive.exited");
    }

    /** Runs a command with a terminal in a running container ({@code docker exec -it}). */
    public SessionOutcome exec(String container, List<String> command) {
        return exec(io.github.dockertutor.engine.ExecSpec.of(container, command));
    }

    /** As {@link #exec(String, List)}, with docker exec's variables, folder and user. */
    public SessionOutcome exec(io.github.dockertutor.engine.ExecSpec spec) {
        String container = spec.container();
        say("interactive.exec.hint", shown(container));
        return session(container, (stdin, output) -> engine.exec(spec, stdin, output),
                "interactive.exec.exited");
    }

    private SessionOutcome session(String container, Opener opener, String exitedKey) {
        terminal.writer().flush();
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream stdin;
        try {
            stdin = new PipedInputStream(keys, 8192);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TerminalSink sink = new TerminalSink(terminal.output());
        Attachment attachment;
        try {
            attachment = opener.open(stdin, sink);
        } catch (RuntimeException e) {
            closeQuietly(keys);
            throw e;
        }
        AtomicInteger interrupts = new AtomicInteger();
        AtomicBoolean resized = new AtomicBoolean();
        Attributes saved = null;
        SignalHandler previousInt = null;
        SignalHandler previousWinch = null;
        EngineException startRefused = null;
        SessionOutcome outcome = null;
        try {
            // raw before the start: keys typed as soon as the prompt shows must not meet the
            // line discipline's cooked mode (it would swallow Ctrl-Q as flow control)
            saved = enterRawMode();
            // Keyboard Ctrl-C arrives as a key (ISIG is off); a SIGINT from elsewhere is passed on
            // as one too, by the key loop: no other thread may write into the pipe.
            previousInt = terminal.handle(Signal.INT, signal -> interrupts.incrementAndGet());
            previousWinch = terminal.handle(Signal.WINCH, signal -> resized.set(true));
            if (!attachment.wasRunning()) {
                startRefused = start(container);
            }
            if (startRefused == null) {
                sendSize(attachment, FIRST_RESIZE_TRIES);
                outcome = pumpKeys(attachment, keys, interrupts, resized);
            }
        } catch (EngineException e) {
            outcome = SessionOutcome.lost(e);
        } finally {
            restore(saved, previousInt, previousWinch, keys, attachment, sink);
        }
        if (startRefused != null) {
            // the start itself was refused (a port in use…): the caller reports it like any run
            throw startRefused;
        }
        report(outcome, container, exitedKey, sink.atLineStart());
        return outcome;
    }

    /** Starts the container now that the attach is in place, so its first prompt is not lost. */
    private EngineException start(String container) {
        try {
            engine.start(container);
            return null;
        } catch (EngineException e) {
            return e;
        }
    }

    private Attributes enterRawMode() {
        Attributes previous = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        // JLine's raw mode keeps ISIG: Ctrl-C, Ctrl-Z and Ctrl-\ must reach the container as keys
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        return previous;
    }

    private SessionOutcome pumpKeys(Attachment attachment, OutputStream keys, AtomicInteger interrupts,
            AtomicBoolean resized) {
        NonBlockingReader reader = terminal.reader();
        DetachKeys detach = new DetachKeys();
        StringBuilder pending = new StringBuilder();
        while (true) {
            if (attachment.ended()) {
                return ending(attachment);
            }
            if (resized.getAndSet(false)) {
                sendSize(attachment, 1);
            }
            for (int n = interrupts.getAndSet(0); n > 0; n--) {
                pending.append('\u0003');
            }
            int key;
            try {
                key = reader.read(POLL_MILLIS);
            } catch (IOException e) {
                // the learner's terminal is gone; the container goes on without it
                return SessionOutcome.detached();
            }
            if (key == NonBlockingReader.EOF) {
                return SessionOutcome.detached();
            }
            if (key != NonBlockingReader.READ_EXPIRED) {
                DetachKeys.Step step = detach.accept((char) key);
                if (step.detach()) {
                    return SessionOutcome.detached();
                }
                pending.append(step.send());
            }
            if (!send(keys, pending)) {
                return endingAfterBrokenPipe(attachment);
            }
        }
    }

    /**
     * Writes what is pending as UTF-8; a lone high surrogate waits for its other half. False
     * when the pipe is broken (docker-java's copy thread ended with the stream).
     */
    private static boolean send(OutputStream keys, StringBuilder pending) {
        int length = pending.length();
        if (length == 0) {
            return true;
        }
        if (Character.isHighSurrogate(pending.charAt(length - 1))) {
            length--;
        }
        if (length == 0) {
            return true;
        }
        try {
            keys.write(pending.substring(0, length).getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            return false;
        }
        pending.delete(0, length);
        return true;
    }

    private SessionOutcome endingAfterBrokenPipe(Attachment attachment) {
        try {
            attachment.awaitEnd(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ending(attachment);
    }

    /** After the engine ended the stream: an exit code, or a lost link, or still running. */
    private SessionOutcome ending(Attachment attachment) {
        var failure = attachment.failure();
        if (failure.isPresent()) {
            return SessionOutcome.lost(failure.get());
        }
        var code = attachment.exitCode(EXIT_PATIENCE);
        if (!engine.answers()) {
            // a stopping engine kills its containers first: the "exit code" is the engine's doing
            return SessionOutcome.lost(new EngineException(EngineException.Fault.ENGINE_GONE, "engine.error.gone",
                    null, ""));
        }
        return code.isPresent() ? SessionOutcome.exited(code.getAsInt()) : SessionOutcome.detached();
    }

    private void sendSize(Attachment attachment, int tries) {
        Size size = terminal.getSize();
        if (size == null || size.getColumns() <= 0 || size.getRows() <= 0) {
            return;
        }
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                attachment.resize(size.getColumns(), size.getRows());
                return;
            } catch (EngineException e) {
                if (attempt == tries || e.fault() == EngineException.Fault.ENGINE_GONE) {
                    // a wrong size is an inconvenience; a gone engine shows as the stream's end
                    return;
                }
                sleep(10L << attempt);
            }
        }
    }

    private void restore(Attributes saved, SignalHandler previousInt, SignalHandler previousWinch,
            OutputStream keys, Attachment attachment, TerminalSink sink) {
        // end of keys first, then cut the stream, then drop late output: the order keeps
        // docker-java's copy thread from writing into a pipe or terminal that is gone
        closeQuietly(keys);
        attachment.close();
        sink.shut();
        if (previousWinch != null) {
            terminal.handle(Signal.WINCH, previousWinch);
        }
        if (previousInt != null) {
            terminal.handle(Signal.INT, previousInt);
        }
        if (saved != null) {
            terminal.setAttributes(saved);
        }
    }

    /** A full id is shown as docker shows it, by its first 12 characters; names stay as they are. */
    static String shown(String container) {
        return container.matches("[0-9a-f]{64}") ? container.substring(0, 12) : container;
    }

    private void report(SessionOutcome outcome, String container, String exitedKey, boolean atLineStart) {
        PrintWriter out = terminal.writer();
        if (!atLineStart) {
            out.println();
        }
        switch (outcome.ending()) {
            case EXITED -> say(exitedKey, outcome.exitCode().getAsInt(), shown(container));
            case DETACHED -> say("interactive.detached", shown(container));
            case LOST -> {
                EngineException failure = outcome.failure().orElseThrow();
                say("interactive.lost", messages.get(failure.key(), failure.args()));
            }
        }
        out.flush();
    }

    /** A message straight to the terminal (the line reader is not reading), fitted like any other. */
    private void say(String key, Object... args) {
        int width = terminal.getWidth() > 0 ? terminal.getWidth() : Integer.MAX_VALUE;
        for (String text : messages.get(key, args).split("\n", -1)) {
            for (String line : TextFit.lines(text, width)) {
                terminal.writer().println(line);
            }
        }
        terminal.writer().flush();
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // a pipe whose reader is gone is closed enough
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
