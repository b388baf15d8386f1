package io.github.dockertutor.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The learner's own terminal, through JLine: line editing, history kept between runs, Ctrl-C and
 * Ctrl-D, and a command that goes on after a backslash at the end of a line, as in a shell.
 */
final class TerminalLineSource implements LineSource {
    /**
     * JLine reports what it cannot do (a history it cannot read or write) through java.util.logging,
     * whose default handler prints a stack trace over the lesson; what it would say is handled here.
     * Held in a field: java.util.logging keeps only a weak reference to a logger's settings.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    static {
        JLINE_LOG.setLevel(Level.OFF);
    }

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Terminal terminal;
    private final QuickStartLineReader reader;
    private final ContinuedInput input = new ContinuedInput();
    private final Optional<Path> historySetAside;

    TerminalLineSource(Path historyFile) {
        try {
            this.terminal = openTerminal();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HistoryFile.Checked history = HistoryFile.check(historyFile, Clock.systemUTC());
        this.historySetAside = history.setAside();
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_SIZE, 1000);
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, ContinuedInput.MORE_PROMPT);
        history.usable().ifPresent(file -> variables.put(LineReader.HISTORY_FILE, file));
        // as JLine's LineReaderBuilder makes its reader, with this reader in place of its own
        this.reader = new QuickStartLineReader(terminal, "dockertutor", variables);
        reader.setHistory(new DefaultHistory());
        // a line ending in a backslash asks for the next one in the same edit, so the whole
        // command is one history entry; its lines are joined by ContinuedInput
        reader.setParser(new ContinuationParser());
        // "!" is ordinary text in docker commands, not history expansion
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    }

    /** Where a damaged history file was set aside at start, to tell the learner once. */
    Optional<Path> historySetAside() {
        return historySetAside;
    }

    /** Adds tab completion, once the commands it completes exist. */
    void setCompleter(org.jline.reader.Completer completer) {
        reader.setCompleter(completer);
    }

    /**
     * Makes the line editor's actions, which the reader leaves until first used (see
     * {@link QuickStartLineReader}): the thread that opened the terminal does it while the greeting
     * is printed, so the first key the learner presses finds them made.
     */
    void linkEditing() {
        reader.linkWidgets();
    }

    Terminal terminal() {
        return terminal;
    }

    LineReader reader() {
        return reader;
    }

    /**
     * The learner's terminal through JLine's own native code. JLine otherwise sets up every
     * provider it knows (JNA's native code, Jansi, and a stty process for the exec provider) only
     * to pass them over, which took a good part of the time to the first prompt (bench/README).
     * Where the native code cannot load (a /tmp mounted noexec), JLine gives a dumb terminal: then
     * stty on Unix, JNA on Windows, as JLine itself would have chosen.
     */
    private static Terminal openTerminal() throws IOException {
        String wanted = System.getenv("TERM");
        Terminal quick = quickTerminal(Optional.ofNullable(System.getProperty("org.jline.terminal.type")).orElse(wanted));
        if (quick != null) {
            return quick;
        }
        Terminal terminal = build("jni");
        boolean fellBack = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        if (fellBack && (WINDOWS || wanted != null && !wanted.startsWith("dumb"))) {
            terminal.close();
            terminal = build(WINDOWS ? "jna" : "exec");
        }
        return terminal;
    }

    /**
     * JLine's native terminal with its capabilities read quickly ({@link TerminalCapabilities}), for
     * a Unix terminal of a type that is not dumb; none where that is not the case or where JLine's
     * native code cannot load, and then JLine's builder looks further, as it always did.
     */
    private static Terminal quickTerminal(String type) {
        if (WINDOWS || type == null || type.startsWith("dumb")) {
            return null;
        }
        try {
            return QuickCapabilitiesTerminal.openOrNull(type);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Terminal build(String provider) throws IOException {
        return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).providers(provider)
                .jni("jni".equals(provider)).jna("jna".equals(provider)).exec("exec".equals(provider))
                .jansi(false).ffm(false).build();
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            Optional<String> command = input.next();
            while (command.isEmpty()) {
                // the parser keeps a continued line in one edit; this loop is for a backslash
                // typed with the cursor elsewhere than at the end, which the parser lets through
                input.add(reader.readLine(input.waiting() ? ContinuedInput.MORE_PROMPT : prompt));
                command = input.next();
            }
            return command;
        } catch (UserInterruptException e) {
            input.clear();
            throw new InterruptedLineException();
        } catch (EndOfFileException e) {
            return input.rest();
        }
    }

    /**
     * Shows a new prompt in place of the one on screen, keeping what the learner has typed: a step
     * that passed in the background (the docker CLI in another terminal) moves the tutor on, and
     * the old step's prompt must not stay under the new step's page.
     */
    @Override
    public void replacePrompt(String prompt) {
        if (!reader.isReading() || input.waiting()) {
            // the loop asks with the new prompt when it reads next; the rest of a command going on
            // over several lines keeps its "> "
            return;
        }
        try {
            reader.setPrompt(prompt);
            reader.callWidget(LineReader.REDRAW_LINE);
            reader.callWidget(LineReader.REDISPLAY);
        } catch (IllegalStateException notReadingAnyMore) {
            // the line was entered meanwhile: the next prompt is drawn fresh
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException ignored) {
            // history is a comfort, not the learner's work: losing it must not stop the exit
        }
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the terminal is going away with us
        }
    }
}
