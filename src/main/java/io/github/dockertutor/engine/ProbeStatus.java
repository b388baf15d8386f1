package io.github.dockertutor.engine;

/** How a try at one endpoint ended; each has its own explanation and fix in doctor. */
public enum ProbeStatus {
    /** An engine answered. */
    ANSWERED,
    /** Nothing is there: no socket file, an unknown context. */
    MISSING,
    /** The socket is there but this user may not use it. */
    PERMISSION_DENIED,
    /** The socket file is there but no engine listens: the engine is stopped. */
    NOT_RUNNING,
    /**
     * The socket accepts, but the engine does not answer in time: it is frozen (paused, stopped
     * with SIGSTOP) or hopelessly busy. Starting it again does not help; restarting it does.
     */
    NOT_ANSWERING,
    /** A network address that did not answer in time or refused. */
    UNREACHABLE,
    /** TLS failed: a certificate that does not match, is missing, or is expired. */
    TLS_PROBLEM,
    /** The address is not one Docker understands. */
    INVALID_ADDRESS,
    /** Something answered, but not as a Docker engine. */
    NOT_DOCKER
}
