package io.github.dockertutor.shell;

import java.util.Optional;

/** Where command lines come from: the learner's terminal, or a script piped into standard input. */
interface LineSource extends AutoCloseable {

    /**
     * The next line; empty at the end of input (Ctrl-D, or the script ran out).
     *
     * @throws InterruptedLineException when the learner pressed Ctrl-C at the prompt
     */
    Optional<String> readLine(String prompt);

    /** Whether a person is typing, so output may use colour and cursor tricks. */
    boolean interactive();

    /** The prompt changed while a line is being read (the step moved on): show the new one. Nothing for a script. */
    default void replacePrompt(String prompt) {
    }

    @Override
    void close();

    /** Ctrl-C at the prompt: the line is dropped and the shell goes on. */
    final class InterruptedLineException extends RuntimeException {
        InterruptedLineException() {
            super(null, null, false, false);
        }
    }
}
