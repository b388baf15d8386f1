package io.github.dockertutor.dockercli;

import java.util.List;

/**
 * {@code docker container|image|network|volume|system prune}: removes what nothing uses, after asking
 * unless {@code -f}, and lists what it removed.
 *
 * @param all     images: every unused one, not only the dangling; volumes: named ones too; system: both
 * @param volumes system prune: volumes too
 */
public record PruneCommand(Target target, boolean all, boolean force, boolean volumes, List<ListFilter> filters)
        implements DockerCommand {
    /** What is pruned. */
    public enum Target { CONTAINERS, IMAGES, NETWORKS, VOLUMES, SYSTEM }

    public PruneCommand {
        filters = List.copyOf(filters);
    }

    static PruneCommand of(Target target, boolean all, boolean force, boolean volumes, List<ListFilter> filters)
            throws ParseException {
        List<String> untils = filters.stream().filter(f -> f.key().equals("until")).map(ListFilter::value).toList();
        // the engine refuses a second until rather than choosing one; so does the tutor, before asking
        if (untils.size() > 1) {
            throw ParseException.of("parse.prune.untilTwice", String.join(", ", untils));
        }
        return new PruneCommand(target, all, force, volumes, filters);
    }
}
