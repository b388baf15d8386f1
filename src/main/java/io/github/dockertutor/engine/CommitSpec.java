package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docker commit}: a new image from a container's changes.
 *
 * @param repository the new image's name; none leaves it untagged, as in docker
 * @param changes    Dockerfile instructions to apply ({@code CMD node app.js}, {@code EXPOSE 80})
 * @param pause      pause the container while committing (docker's default)
 * @param labels     labels to add; the tutor adds its lesson label
 */
public record CommitSpec(String container, Optional<String> repository, Optional<String> tag, Optional<String> author,
                         Optional<String> message, List<String> changes, boolean pause, Map<String, String> labels) {
    public CommitSpec {
        changes = List.copyOf(changes);
        labels = Map.copyOf(labels);
    }
}
