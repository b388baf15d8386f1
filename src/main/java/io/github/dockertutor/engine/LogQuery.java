package io.github.dockertutor.engine;

import java.util.Optional;

/**
 * What {@code docker logs} asks for.
 *
 * @param tail  the last n lines; null for all
 * @param since only lines from this time on, seconds since the epoch
 * @param until only lines before this time
 */
public record LogQuery(String container, boolean follow, Integer tail, boolean timestamps, Optional<Long> since,
                       Optional<Long> until) {
}
