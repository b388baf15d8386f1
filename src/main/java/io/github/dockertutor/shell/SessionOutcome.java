package io.github.dockertutor.shell;

import io.github.dockertutor.engine.EngineException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an interactive container session ended.
 *
 * @param ending   exited, detached (the container or exec'd process keeps running) or lost
 * @param exitCode the process's exit code, present exactly when the ending is EXITED
 * @param failure  why the session broke off, present exactly when the ending is LOST
 */
public record SessionOutcome(Ending ending, OptionalInt exitCode, Optional<EngineException> failure) {
    /** The three ways a session ends. */
    public enum Ending {
        /** The process ended ({@code exit} in the shell); for run -it the container stopped. */
        EXITED,
        /** The learner pressed Ctrl-P Ctrl-Q; the container keeps running. */
        DETACHED,
        /** The link broke: the engine went away, or refused mid-session. */
        LOST
    }

    public static SessionOutcome exited(int code) {
        return new SessionOutcome(Ending.EXITED, OptionalInt.of(code), Optional.empty());
    }

    public static SessionOutcome detached() {
        return new SessionOutcome(Ending.DETACHED, OptionalInt.empty(), Optional.empty());
    }

    public static SessionOutcome lost(EngineException failure) {
        return new SessionOutcome(Ending.LOST, OptionalInt.empty(), Optional.of(failure));
    }
}
