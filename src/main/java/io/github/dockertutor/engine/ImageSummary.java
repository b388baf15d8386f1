package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * One local image, as {@code docker images} lists it.
 *
 * @param id          sha256:…
 * @param repoTags    its names (repository:tag), empty for a dangling image
 * @param created     creation time, seconds since the epoch
 * @param size        bytes
 * @param labels      its labels
 * @param repoDigests {@code repository@sha256:…} for each registry it came from
 * @param containers  how many containers use it, -1 when the engine did not count
 * @param parentId    the image it was built on by the classic builder, empty if none
 */
public record ImageSummary(String id, List<String> repoTags, long created, long size, Map<String, String> labels,
        List<String> repoDigests, int containers, String parentId) {

    /** An image as a plain listing describes it. */
    public ImageSummary(String id, List<String> repoTags, long created, long size, Map<String, String> labels) {
        this(id, repoTags, created, size, labels, List.of(), -1, "");
    }
}
