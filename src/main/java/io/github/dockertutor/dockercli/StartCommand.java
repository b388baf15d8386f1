package io.github.dockertutor.dockercli;

import java.util.List;

/** {@code docker start [-a] [-i] CONTAINER…}: with {@code -a}, its output is followed until it ends. */
public record StartCommand(List<String> containers, boolean attach, boolean interactive) implements DockerCommand {
    public StartCommand {
        containers = List.copyOf(containers);
    }
}
