package io.github.dockertutor.engine;

/**
 * How watching a container in the foreground ended ({@code docker run} without {@code -d}).
 *
 * @param interrupted  Ctrl-C was pressed and passed on to the container as SIGINT
 * @param stillRunning it did not stop within the grace time (or a second Ctrl-C came), so the tutor stopped watching
 */
public record ForegroundEnd(boolean interrupted, boolean stillRunning) {
}
