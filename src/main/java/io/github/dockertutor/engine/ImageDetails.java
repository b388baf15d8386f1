package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * One image as {@code docker image inspect} shows it, reduced to what checks look at.
 *
 * @param id           sha256:…
 * @param repoTags     its names (repository:tag)
 * @param created      creation time as the engine wrote it (RFC 3339)
 * @param labels       its labels
 * @param exposedPorts its EXPOSE ports, as {@code 8080/tcp}
 * @param cmd          its CMD, empty when it has none
 * @param entrypoint   its ENTRYPOINT, empty when it has none
 * @param workdir      its WORKDIR, empty when it sets none
 */
public record ImageDetails(String id, List<String> repoTags, String created, Map<String, String> labels,
        List<String> exposedPorts, List<String> cmd, List<String> entrypoint, String workdir) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        labels = Map.copyOf(labels);
        exposedPorts = List.copyOf(exposedPorts);
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        workdir = workdir == null ? "" : workdir;
    }

    /** An image that sets no WORKDIR. */
    public ImageDetails(String id, List<String> repoTags, String created, Map<String, String> labels,
            List<String> exposedPorts, List<String> cmd, List<String> entrypoint) {
        this(id, repoTags, created, labels, exposedPorts, cmd, entrypoint, "");
    }
}
