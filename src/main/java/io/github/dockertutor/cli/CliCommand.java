package io.github.dockertutor.cli;

import io.github.dockertutor.CliArguments;
import io.github.dockertutor.Environment;
import io.github.dockertutor.i18n.Messages;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * One {@code dockertutor COMMAND} run from the system's shell (doctor, lint…), as opposed to the
 * commands typed at the tutor's own prompt. Its one-line description is the message
 * {@code app.cmd.NAME}, listed by {@code --help} in the order commands are registered.
 */
public interface CliCommand {
    String name();

    /** The usage after "dockertutor", e.g. "lint [DIR]". */
    default String usage() {
        return name();
    }

    /**
     * Whether this command takes an option of its own ({@code --out}, {@code --all}); such options
     * reach it among its operands, as typed, with any value as the next operand.
     */
    default boolean takesOption(String name) {
        return false;
    }

    /** Runs it; returns the process's exit code (see ExitCode). */
    int run(Invocation invocation);

    /** Everything a command run needs, handed in so tests can drive it in-process. */
    record Invocation(CliArguments arguments, Environment environment, Messages messages, InputStream in,
            PrintWriter out, PrintWriter err) {
    }
}
