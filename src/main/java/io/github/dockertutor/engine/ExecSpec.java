package io.github.dockertutor.engine;

import java.util.List;
import java.util.Optional;

/**
 * A command to run in a running container, as {@code docker exec} takes it.
 *
 * @param env     {@code NAME=VALUE} pairs
 * @param workdir where it runs; the container's own working directory when empty
 * @param user    {@code name|uid[:group|gid]}
 * @param detach  start it and do not wait
 * @param stdin   {@code -i}: its input stays open, as docker keeps it open for what the terminal types
 * @param tty     {@code -t}: it runs on a terminal of its own
 */
public record ExecSpec(String container, List<String> command, List<String> env, Optional<String> workdir,
                       Optional<String> user, boolean privileged, boolean detach, boolean stdin, boolean tty) {
    public ExecSpec {
        command = List.copyOf(command);
        env = List.copyOf(env);
    }

    /** Only a command, as the engine would run it by default. */
    public static ExecSpec of(String container, List<String> command) {
        return new ExecSpec(container, command, List.of(), Optional.empty(), Optional.empty(), false, false, false,
                false);
    }

    /** Whether anything beyond the command is asked for. */
    public boolean plain() {
        return env.isEmpty() && workdir.isEmpty() && user.isEmpty() && !privileged;
    }
}
