package io.github.dockertutor.base;

/** The exit codes of the dockertutor command, named so scripts and tests can rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    /** A check or lint found problems, or a command failed. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** No Docker engine answered (doctor). */
    public static final int NO_ENGINE = 3;

    private ExitCode() {
    }
}
