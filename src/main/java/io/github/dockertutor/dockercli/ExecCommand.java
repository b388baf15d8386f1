package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker exec [-d] [-i] [-t] [-e K=V]… [--env-file F]… [-w DIR] [-u USER] [--privileged] CONTAINER COMMAND [ARG...]}.
 *
 * @param envFiles files of {@code NAME=VALUE} lines, read from the workspace
 */
public record ExecCommand(String container, List<String> command, boolean interactive, boolean tty, boolean detach,
                          List<EnvVar> env, List<String> envFiles, Optional<String> workdir, Optional<String> user,
                          boolean privileged) implements DockerCommand {
    public ExecCommand {
        command = List.copyOf(command);
        env = List.copyOf(env);
        envFiles = List.copyOf(envFiles);
    }
}
