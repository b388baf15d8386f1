package io.github.dockertutor.engine;

import java.util.List;

/**
 * A failure of an engine operation, already sorted into a fault the learner can act on. It
 * carries a message key and arguments, so the shell words it in the learner's language; the
 * engine's own text is kept as the last argument where it helps.
 */
public final class EngineException extends RuntimeException {
    /** The faults the tutor explains differently. */
    public enum Fault {
        /** No engine answers (never started, stopped, or went away mid-operation). */
        ENGINE_GONE,
        /** The image is not on this engine, or the registry does not have it. */
        IMAGE_NOT_FOUND,
        /** A name the learner asked for is already taken. */
        NAME_IN_USE,
        /** The host port is already published by another container or program. */
        PORT_IN_USE,
        /** The image's program is built for another processor (exec format error): amd64 vs arm64. */
        WRONG_PLATFORM,
        /** The registry could not be reached: offline, a proxy, a firewall. */
        REGISTRY_UNREACHABLE,
        /** The registry refused: Docker Hub's pull limit. */
        TOO_MANY_REQUESTS,
        /** The registry wants a login for this image. */
        ACCESS_DENIED,
        /** The container or image named does not exist. */
        NOT_FOUND,
        /** The engine refused the request: a wrong value, a conflict. */
        REFUSED,
        /** The learner pressed Ctrl-C. */
        CANCELLED
    }

    private final Fault fault;
    private final String key;
    private final transient List<Object> args;

    public EngineException(Fault fault, String key, Throwable cause, Object... args) {
        super(key + " " + List.of(args), cause);
        this.fault = fault;
        this.key = key;
        this.args = List.of(args);
    }

    public Fault fault() {
        return fault;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
