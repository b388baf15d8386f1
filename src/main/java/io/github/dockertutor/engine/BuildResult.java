package io.github.dockertutor.engine;

import java.util.List;

/**
 * A finished build.
 *
 * @param imageId     the new image's id (sha256:…)
 * @param tags        the names it was given
 * @param steps       how many Dockerfile steps ran
 * @param cachedSteps how many of them came from the build cache ("Using cache")
 */
public record BuildResult(String imageId, List<String> tags, int steps, int cachedSteps) {
}
