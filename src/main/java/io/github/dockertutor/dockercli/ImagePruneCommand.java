package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * {@code docker image prune [-a] [-f] [--filter …]}: removes the images no container uses, only the
 * dangling (untagged) ones unless {@code all}; asks first unless {@code force}.
 *
 * @param labels {@code KEY} or {@code KEY=VALUE}: only images with every one of these labels
 * @param until  only images created before this time (a timestamp or a duration such as 24h)
 */
public record ImagePruneCommand(boolean all, boolean force, List<String> labels, Optional<String> until)
        implements DockerCommand {
    public ImagePruneCommand {
        labels = List.copyOf(labels);
    }

    static ImagePruneCommand of(boolean all, boolean force, List<PruneFilter> filters) throws ParseException {
        List<String> labels = filters.stream().filter(f -> f.key().equals(PruneFilter.LABEL)).map(PruneFilter::value)
                .toList();
        List<String> untils = filters.stream().filter(f -> f.key().equals(PruneFilter.UNTIL))
                .map(PruneFilter::value).toList();
        // the engine refuses a second until rather than choosing one; so does the tutor, before asking
        if (untils.size() > 1) {
            throw ParseException.of("parse.prune.untilTwice", String.join(", ", untils));
        }
        return new ImagePruneCommand(all, force, labels, untils.stream().findFirst());
    }
}
