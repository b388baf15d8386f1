package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** Image commands beyond pull and build: history, save, load, push, and logging in to a registry. */
public sealed interface ImageToolCommand extends DockerCommand {
    /** {@code docker history [-H] [--no-trunc] [-q] [--format F] IMAGE}. */
    record History(String image, boolean human, boolean noTrunc, boolean quiet, Optional<OutputFormat> format)
            implements ImageToolCommand {
    }

    /** {@code docker save -o FILE IMAGE…}: the file is in the workspace. */
    record Save(List<String> images, Optional<String> output) implements ImageToolCommand {
        public Save {
            images = List.copyOf(images);
        }
    }

    /** {@code docker load -i FILE}: the file is in the workspace. */
    record Load(Optional<String> input) implements ImageToolCommand {
    }

    /** {@code docker push [-a] [-q] NAME[:TAG]}. */
    record Push(ImageReference image, boolean allTags, boolean quiet) implements ImageToolCommand {
    }

    /** {@code docker login [-u USER] [-p PASSWORD] [SERVER]}. */
    record Login(Optional<String> server, Optional<String> username, Optional<String> password)
            implements ImageToolCommand {
    }

    /** {@code docker logout [SERVER]}. */
    record Logout(Optional<String> server) implements ImageToolCommand {
    }
}
