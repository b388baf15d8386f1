package io.github.dockertutor.shell.docker;

import io.github.dockertutor.shell.ShellContext;
import io.github.dockertutor.shell.parse.ImagePruneCommand;
import io.github.dockertutor.shell.view.HumanUnits;

/**
 * {@code docker image prune}: asks first, as the docker CLI does, unless {@code -f}; then removes
 * the unused images and says how much space that freed, in docker's words.
 */
final class PruneHandler {
    void prune(ImagePruneCommand prune, ShellContext context) {
        if (!prune.force() && !context.confirm(prune.all() ? "docker.prune.confirmAll" : "docker.prune.confirm")) {
            return;
        }
        long reclaimed = context.engine().pruneImages(prune.all(), prune.labels(), prune.until());
        context.out().println("Total reclaimed space: " + HumanUnits.size(reclaimed));
        context.out().flush();
    }
}
