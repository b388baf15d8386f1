package io.github.dockertutor.engine;

import java.util.Map;

/** One volume, as {@code docker volume ls} lists it; {@code created} is the engine's RFC 3339 time. */
public record VolumeSummary(String name, String driver, String scope, String mountpoint, Map<String, String> labels,
                            String created) {
}
