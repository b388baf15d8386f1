package io.github.dockertutor.console;

import java.util.List;

/** One thing the learner can type at the prompt: its name, its help, and what it does. */
public interface ShellCommand {
    /** The word that starts the command. */
    String name();

    /** Other words for the same command. */
    default List<String> aliases() {
        return List.of();
    }

    /** The message key of its one-line description (help lists these); the full help is key + ".help". */
    default String summaryKey() {
        return "shell.cmd." + name();
    }

    /**
     * Whether the current step is checked after this command. Commands that only move around or
     * show something say no, so a step is never marked done before its text has been read.
     */
    default boolean checksStep() {
        return false;
    }

    /** Runs it. The arguments are the words after the command's name. */
    Outcome execute(ShellContext context, List<String> args);

    /** What the loop does after a command. */
    enum Outcome {
        CONTINUE, QUIT
    }
}
