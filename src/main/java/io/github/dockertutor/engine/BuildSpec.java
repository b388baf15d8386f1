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
 */
public record BuildSpec(Path context, String dockerfile, List<String> tags, Map<String, String> buildArgs,
        boolean noCache, Map<String, String> labels) {
}
