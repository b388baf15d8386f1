package io.github.dockertutor.engine;

/**
 * Where a container is in its life, as {@code docker inspect} reports it under State.
 *
 * @param status   created, running, exited, dead…
 * @param exitCode its exit code once it has exited (0 before)
 * @param error    the engine's own error when it could not start it, empty otherwise
 */
public record ContainerState(String status, int exitCode, String error) {

    public boolean running() {
        return "running".equals(status);
    }

    /** Whether it has ended (or never got going): exited or dead. */
    public boolean ended() {
        return "exited".equals(status) || "dead".equals(status);
    }
}
