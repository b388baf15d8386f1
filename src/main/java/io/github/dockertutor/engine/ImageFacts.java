package io.github.dockertutor.engine;

import java.util.List;

/**
 * What a course pack records of one image, from {@code docker image inspect}.
 *
 * @param id           the image id, {@code sha256:…}
 * @param repoTags     its names, {@code busybox:latest}
 * @param repoDigests  the registry digests it was pulled by, {@code busybox@sha256:…}
 * @param size         its size on disk, in bytes
 * @param os           {@code linux}
 * @param architecture {@code amd64}, {@code arm64}…
 */
public record ImageFacts(String id, List<String> repoTags, List<String> repoDigests, long size, String os,
        String architecture) {

    public ImageFacts {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }
}
