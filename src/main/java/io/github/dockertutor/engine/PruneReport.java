package io.github.dockertutor.engine;

import java.util.List;

/**
 * What a prune removed, in the lines docker prints under "Deleted …:" (container ids, network and
 * volume names, {@code untagged: busybox:latest} and {@code deleted: sha256:…} for images), and
 * the bytes it freed.
 */
public record PruneReport(List<String> deleted, long reclaimed) {
    public PruneReport {
        deleted = List.copyOf(deleted);
    }
}
