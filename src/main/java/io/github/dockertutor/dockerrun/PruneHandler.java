package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ImagePruneCommand;
import io.github.dockertutor.tui.HumanUnits;

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
