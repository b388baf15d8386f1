package io.github.dockertutor.console;

import java.util.List;
import java.util.OptionalInt;

/**
 * The learner's own terminal handed to a container ({@code run -it}, {@code exec -it}). Only a
 * real terminal can do that; in a scripted session the shell says so instead.
 */
public interface InteractiveRunner {
    /** Whether a terminal is there to hand over. */
    boolean available();

    /** Attaches the terminal to a created (not yet started) container and starts it; the exit code, or empty when detached. */
    OptionalInt attachAndStart(String containerId, ShellContext context);

    /** Runs a command in a running container with the terminal attached; the exit code, or empty when detached. */
    OptionalInt exec(String containerId, List<String> command, ShellContext context);

    /** The same, with docker exec's variables, folder and user; a runner that cannot apply them must say so. */
    default OptionalInt exec(io.github.dockertutor.engine.ExecSpec spec, ShellContext context) {
        if (!spec.plain()) {
            throw new IllegalStateException("this runner cannot apply exec -e/-w/-u");
        }
        return exec(spec.container(), spec.command(), context);
    }
}
