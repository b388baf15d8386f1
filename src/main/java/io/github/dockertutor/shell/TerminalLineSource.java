package io.github.dockertutor.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The learner's own terminal, through JLine: line editing, history kept between runs, Ctrl-C and Ctrl-D. */
final class TerminalLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    TerminalLineSource(Path historyFile) {
        try {
            this.terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dockertutor")
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                // "!" is ordinary text in docker commands, not history expansion
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /** Adds tab completion, once the commands it completes exist. */
    void setCompleter(org.jline.reader.Completer completer) {
        ((org.jline.reader.impl.LineReaderImpl) reader).setCompleter(completer);
    }

    Terminal terminal() {
        return terminal;
    }

    LineReader reader() {
        return reader;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            throw new InterruptedLineException();
        } catch (EndOfFileException e) {
            return Optional.empty();
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
