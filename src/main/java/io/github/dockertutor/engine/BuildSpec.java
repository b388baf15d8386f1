package io.github.dockertutor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A build as the learner asked for it.
 *
 * @param context    the context folder (the shell has already checked it is inside the workspace)
 * @param dockerfile the Dockerfile's path relative to the context, usually "Dockerfile"
 * @param tags       the names to give the image (-t), e.g. my-first-image:latest
 * @param buildArgs  --build-arg values
 * @param noCache    --no-cache
 * @param labels     labels for the image; the tutor adds dockertutor.lesson
 * @param target     --target: the stage to stop at; empty builds the whole Dockerfile
 * @param pull       --pull: fetch a newer FROM image even when one is local
 * @param remove     --rm: remove intermediate containers after a build that succeeds (docker's default)
 * @param forceRemove --force-rm: remove them even after one that fails
 * @param platform   --platform: the platform of the base images pulled for the build
 */
public record BuildSpec(Path context, String dockerfile, List<String> tags, Map<String, String> buildArgs,
        boolean noCache, Map<String, String> labels, java.util.Optional<String> target, boolean pull, boolean remove,
        boolean forceRemove, java.util.Optional<String> platform) {

    /** A build with docker's defaults for the rest. */
    public BuildSpec(Path context, String dockerfile, List<String> tags, Map<String, String> buildArgs,
            boolean noCache, Map<String, String> labels) {
        this(context, dockerfile, tags, buildArgs, noCache, labels, java.util.Optional.empty(), false, true, false,
                java.util.Optional.empty());
    }
}
