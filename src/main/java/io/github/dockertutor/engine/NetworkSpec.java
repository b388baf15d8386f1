package io.github.dockertutor.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code docker network create}: a network as asked for; the tutor adds its labels. */
public record NetworkSpec(String name, Optional<String> driver, List<String> subnets, List<String> gateways,
                          List<String> ipRanges, boolean internal, boolean attachable, boolean ipv6,
                          Map<String, String> labels, Map<String, String> options) {
    public NetworkSpec {
        subnets = List.copyOf(subnets);
        gateways = List.copyOf(gateways);
        ipRanges = List.copyOf(ipRanges);
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }
}
