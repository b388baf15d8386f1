package io.github.dockertutor.engine;

import java.util.Map;

/** One network, as {@code docker network ls} lists it; {@code created} is the engine's RFC 3339 time. */
public record NetworkSummary(String id, String name, String driver, String scope, boolean ipv6, boolean internal,
                             Map<String, String> labels, String created) {
}
