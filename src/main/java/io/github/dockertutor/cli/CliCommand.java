package io.github.dockertutor.cli;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.i18n.Messages;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

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

    /** The options with a value that only this command takes, e.g. {@code --out}; none by default. */
    default List<String> options() {
        return List.of();
    }

    /** The options without a value that only this command takes, e.g. {@code --all}; none by default. */
    default List<String> switches() {
        return List.of();
    }

    /** Runs it; returns the process's exit code (see ExitCode). */
    int run(Invocation invocation);

    /** Everything a command run needs, handed in so tests can drive it in-process. */
    record Invocation(CliArguments arguments, Environment environment, Messages messages, InputStream in,
            PrintWriter out, PrintWriter err) {
    }
}
