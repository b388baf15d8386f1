package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ListFilter;
import io.github.dockertutor.dockercli.PruneCommand;
import io.github.dockertutor.engine.PruneReport;
import io.github.dockertutor.tui.HumanUnits;
import java.util.List;
import java.util.Map;

/**
 * {@code docker container|image|network|volume|system prune}: asks first, as the docker CLI does,
 * unless {@code -f}; then removes what nothing uses, lists it under docker's headings ("Deleted
 * Containers:", "Deleted Images:") and says how much space that freed, in docker's words.
 */
final class PruneHandler {
    void prune(PruneCommand prune, ShellContext context) {
        if (!prune.force() && !context.confirm(confirmKey(prune))) {
            return;
        }
        Map<String, List<String>> filters = ListFilter.asMap(prune.filters());
        long reclaimed = 0;
        switch (prune.target()) {
            case CONTAINERS -> reclaimed += section("Deleted Containers:", "containers", false, filters, context);
            case IMAGES -> reclaimed += section("Deleted Images:", "images", prune.all(), filters, context);
            case NETWORKS -> section("Deleted Networks:", "networks", false, filters, context);
            case VOLUMES -> reclaimed += section("Deleted Volumes:", "volumes", prune.all(), filters, context);
            case SYSTEM -> {
                reclaimed += section("Deleted Containers:", "containers", false, filters, context);
                section("Deleted Networks:", "networks", false, filters, context);
                if (prune.volumes()) {
                    reclaimed += section("Deleted Volumes:", "volumes", false, filters, context);
                }
                reclaimed += section("Deleted Images:", "images", prune.all(), filters, context);
                reclaimed += section("Deleted build cache objects:", "build", prune.all(), filters, context);
            }
            default -> throw new IllegalStateException(prune.target().name());
        }
        if (prune.target() != PruneCommand.Target.NETWORKS) {
            context.out().println("Total reclaimed space: " + HumanUnits.size(reclaimed));
        }
        context.out().flush();
    }

    /** One kind pruned: its heading and what went, then a blank line, only when something went. */
    private static long section(String heading, String what, boolean all, Map<String, List<String>> filters,
            ShellContext context) {
        PruneReport report = context.engine().prune(what, all, filters);
        if (!report.deleted().isEmpty()) {
            context.out().println(heading);
            report.deleted().forEach(context.out()::println);
            context.out().println();
        }
        return report.reclaimed();
    }

    private static String confirmKey(PruneCommand prune) {
        return switch (prune.target()) {
            case CONTAINERS -> "docker.prune.confirmContainers";
            case IMAGES -> prune.all() ? "docker.prune.confirmAll" : "docker.prune.confirm";
            case NETWORKS -> "docker.prune.confirmNetworks";
            case VOLUMES -> prune.all() ? "docker.prune.confirmVolumesAll" : "docker.prune.confirmVolumes";
            case SYSTEM -> prune.all()
                    ? (prune.volumes() ? "docker.prune.confirmSystemAllVolumes" : "docker.prune.confirmSystemAll")
                    : (prune.volumes() ? "docker.prune.confirmSystemVolumes" : "docker.prune.confirmSystem");
        };
    }
}
