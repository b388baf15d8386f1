package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** {@code docker exec [-d] [-i] [-t] [-e K=V]… [-w DIR] [-u USER] CONTAINER COMMAND [ARG...]}. */
public record ExecCommand(String container, List<String> command, boolean interactive, boolean tty, boolean detach,
                          List<EnvVar> env, Optional<String> workdir, Optional<String> user) implements DockerCommand {
    public ExecCommand {
        command = List.copyOf(command);
        env = List.copyOf(env);
    }
}
