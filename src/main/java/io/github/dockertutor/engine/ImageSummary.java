package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;

/**
 * One local image, as {@code docker images} lists it.
 *
 * @param id       sha256:…
 * @param repoTags its names (repository:tag), empty for a dangling image
 * @param created  creation time, seconds since the epoch
 * @param size     bytes
 * @param labels   its labels
 */
public record ImageSummary(String id, List<String> repoTags, long created, long size, Map<String, String> labels) {
}
