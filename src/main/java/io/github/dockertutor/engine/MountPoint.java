package io.github.dockertutor.engine;

import java.util.Map;
import java.util.Optional;

/**
 * One {@code --mount} as the engine takes it.
 *
 * @param type        bind, volume or tmpfs
 * @param source      a host path (bind, already absolute) or a volume name; empty for an anonymous volume or tmpfs
 * @param target      the path in the container
 * @param propagation a bind's propagation (rprivate, shared…), empty for the engine's default
 */
public record MountPoint(String type, Optional<String> source, String target, boolean readOnly, boolean volumeNoCopy,
                         Map<String, String> volumeOptions, Map<String, String> volumeLabels,
                         Optional<String> volumeDriver, Optional<Long> tmpfsSize, Optional<Integer> tmpfsMode,
                         Optional<String> propagation) {
    public MountPoint {
        volumeOptions = Map.copyOf(volumeOptions);
        volumeLabels = Map.copyOf(volumeLabels);
    }
}
