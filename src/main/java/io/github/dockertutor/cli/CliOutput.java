package io.github.dockertutor.cli;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.render.FittingWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The output of a command run from the system's shell, fitted to the terminal it is shown on, so
 * doctor's fixes and lint's problems break between words and never in a URL. Output to a pipe or
 * a file is left as it is, unless COLUMNS names a width.
 */
public final class CliOutput {
    private static final int MIN_WIDTH = 20;

    private CliOutput() {
    }

    /** The writer, fitting every line to the width found for this run. */
    public static PrintWriter fitted(PrintWriter target, InputStream in, Environment environment) {
        IntSupplier width = width(in, environment);
        return new PrintWriter(new FittingWriter(target, width), true);
    }

    /** COLUMNS when set; else the terminal's width when the command runs in one; else no limit. */
    static IntSupplier width(InputStream in, Environment environment) {
        String columns = environment.get("COLUMNS");
        if (columns != null) {
            try {
                int value = Integer.parseInt(columns.trim());
                if (value >= MIN_WIDTH) {
                    return () -> value;
                }
            } catch (NumberFormatException ignored) {
                // not a width: measured below
            }
        }
        if (in != System.in || System.console() == null) {
            return () -> Integer.MAX_VALUE;
        }
        int measured = terminalWidth();
        return () -> measured;
    }

    private static int terminalWidth() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
            int width = terminal.getWidth();
            return width >= MIN_WIDTH ? width : Integer.MAX_VALUE;
        } catch (IOException | RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
