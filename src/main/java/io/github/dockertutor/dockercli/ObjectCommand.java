package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code docker network …} and {@code docker volume …}: making, listing, connecting and removing them. */
public sealed interface ObjectCommand extends DockerCommand {
    /** {@code docker network create [OPTIONS] NETWORK}. */
    record NetworkCreate(String name, Optional<String> driver, List<String> subnets, List<String> gateways,
                         List<String> ipRanges, boolean internal, boolean attachable, boolean ipv6,
                         List<Label> labels, Map<String, String> options) implements ObjectCommand {
        public NetworkCreate {
            subnets = List.copyOf(subnets);
            gateways = List.copyOf(gateways);
            ipRanges = List.copyOf(ipRanges);
            labels = List.copyOf(labels);
            options = Map.copyOf(options);
        }
    }

    /** {@code docker network ls}. */
    record NetworkList(List<ListFilter> filters, Optional<OutputFormat> format, boolean noTrunc, boolean quiet)
            implements ObjectCommand {
        public NetworkList {
            filters = List.copyOf(filters);
        }
    }

    /** {@code docker network rm [-f] NETWORK…}. */
    record NetworkRemove(List<String> networks, boolean force) implements ObjectCommand {
        public NetworkRemove {
            networks = List.copyOf(networks);
        }
    }

    /** {@code docker network connect [--alias A]… [--ip IP] NETWORK CONTAINER}. */
    record NetworkConnect(String network, String container, List<String> aliases, Optional<String> ip)
            implements ObjectCommand {
        public NetworkConnect {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code docker network disconnect [-f] NETWORK CONTAINER}. */
    record NetworkDisconnect(String network, String container, boolean force) implements ObjectCommand {
    }

    /** {@code docker volume create [-d DRIVER] [--label L]… [-o K=V]… [VOLUME]}; no name: the engine makes one up. */
    record VolumeCreate(Optional<String> name, Optional<String> driver, List<Label> labels, Map<String, String> options)
            implements ObjectCommand {
        public VolumeCreate {
            labels = List.copyOf(labels);
            options = Map.copyOf(options);
        }
    }

    /** {@code docker volume ls}. */
    record VolumeList(List<ListFilter> filters, Optional<OutputFormat> format, boolean quiet) implements ObjectCommand {
        public VolumeList {
            filters = List.copyOf(filters);
        }
    }

    /** {@code docker volume rm [-f] VOLUME…}. */
    record VolumeRemove(List<String> volumes, boolean force) implements ObjectCommand {
        public VolumeRemove {
            volumes = List.copyOf(volumes);
        }
    }
}
