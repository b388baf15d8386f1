package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** The container commands tutorials use after run: kill, rename, port, top, stats, cp, wait, pause, diff, commit. */
public sealed interface ContainerToolCommand extends DockerCommand {
    /** {@code docker kill [-s SIGNAL] CONTAINER…}. */
    record Kill(List<String> containers, String signal) implements ContainerToolCommand {
        public Kill {
            containers = List.copyOf(containers);
        }
    }

    /** {@code docker rename CONTAINER NEW_NAME}. */
    record Rename(String container, String newName) implements ContainerToolCommand {
    }

    /** {@code docker port CONTAINER [PRIVATE_PORT[/PROTO]]}. */
    record Port(String container, Optional<String> privatePort) implements ContainerToolCommand {
    }

    /** {@code docker top CONTAINER [ps OPTIONS]}. */
    record Top(String container, List<String> psOptions) implements ContainerToolCommand {
        public Top {
            psOptions = List.copyOf(psOptions);
        }
    }

    /** {@code docker stats [-a] [--no-stream] [--format F] [--no-trunc] [CONTAINER…]}. */
    record Stats(List<String> containers, boolean all, boolean noStream, Optional<OutputFormat> format,
                 boolean noTrunc) implements ContainerToolCommand {
        public Stats {
            containers = List.copyOf(containers);
        }
    }

    /**
     * {@code docker cp [-a] [-L] [-q] SRC DEST}, one side {@code CONTAINER:PATH}, the other a path in the workspace.
     *
     * @param container the container named on either side
     * @param toContainer whether files go into the container (host → container)
     */
    record Copy(String container, String containerPath, String hostPath, boolean toContainer, boolean archive,
                boolean followLink, boolean quiet) implements ContainerToolCommand {
    }

    /** {@code docker wait CONTAINER…}: each one's exit code once it stops. */
    record Wait(List<String> containers) implements ContainerToolCommand {
        public Wait {
            containers = List.copyOf(containers);
        }
    }

    /** {@code docker pause} ({@code pause} true) or {@code docker unpause}. */
    record Pause(List<String> containers, boolean pause) implements ContainerToolCommand {
        public Pause {
            containers = List.copyOf(containers);
        }
    }

    /** {@code docker diff CONTAINER}. */
    record Diff(String container) implements ContainerToolCommand {
    }

    /** {@code docker commit [-a A] [-c CHANGE]… [-m M] [-p] CONTAINER [REPOSITORY[:TAG]]}. */
    record Commit(String container, Optional<ImageReference> image, Optional<String> author, Optional<String> message,
                  List<String> changes, boolean pause) implements ContainerToolCommand {
        public Commit {
            changes = List.copyOf(changes);
        }
    }
}
