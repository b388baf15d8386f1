package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code docker network …} and {@code docker volume …} in docker-java terms, the listings through the API. */
final class NetworksAndVolumes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworksAndVolumes() {
    }

    static String createNetwork(DockerClient client, NetworkSpec spec) {
        var command = client.createNetworkCmd().withName(spec.name()).withCheckDuplicate(true);
        // empty maps are left out: the engine keeps what it is sent, and docker sends none
        if (!spec.labels().isEmpty()) {
            command.withLabels(spec.labels());
        }
        if (!spec.options().isEmpty()) {
            command.withOptions(spec.options());
        }
        spec.driver().ifPresent(command::withDriver);
        if (spec.internal()) {
            command.withInternal(true);
        }
        if (spec.attachable()) {
            command.withAttachable(true);
        }
        if (spec.ipv6()) {
            command.withEnableIpv6(true);
        }
        if (!spec.subnets().isEmpty()) {
            List<Network.Ipam.Config> configs = new ArrayList<>();
            for (int i = 0; i < spec.subnets().size(); i++) {
                Network.Ipam.Config config = new Network.Ipam.Config().withSubnet(spec.subnets().get(i));
                if (i < spec.gateways().size()) {
                    config.withGateway(spec.gateways().get(i));
                }
                if (i < spec.ipRanges().size()) {
                    config.withIpRange(spec.ipRanges().get(i));
                }
                configs.add(config);
            }
            command.withIpam(new Network.Ipam().withConfig(configs));
        }
        return command.exec().getId();
    }

    static List<NetworkSummary> networks(DockerClient client, Map<String, List<String>> filters) throws IOException {
        List<NetworkSummary> networks = new ArrayList<>();
        for (JsonNode network : RawApi.get(client, "/networks", RawApi.query("filters", RawApi.filters(filters)))) {
            networks.add(new NetworkSummary(network.path("Id").asText(), network.path("Name").asText(),
                    network.path("Driver").asText(), network.path("Scope").asText(),
                    network.path("EnableIPv6").asBoolean(), network.path("Internal").asBoolean(),
                    labels(network.path("Labels")), network.path("Created").asText("")));
        }
        return networks;
    }

    static void connect(DockerClient client, String network, String container, List<String> aliases,
            Optional<String> ip) {
        ContainerNetwork endpoint = new ContainerNetwork();
        if (!aliases.isEmpty()) {
            endpoint.withAliases(aliases);
        }
        ip.ifPresent(address -> endpoint.withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(address)));
        client.connectToNetworkCmd().withNetworkId(network).withContainerId(container).withContainerNetwork(endpoint)
                .exec();
    }

    static String createVolume(DockerClient client, Optional<String> name, Optional<String> driver,
            Map<String, String> labels, Map<String, String> options) {
        var command = client.createVolumeCmd();
        // empty maps are left out: the engine keeps what it is sent, and docker sends none
        if (!labels.isEmpty()) {
            command.withLabels(labels);
        }
        if (!options.isEmpty()) {
            command.withDriverOpts(options);
        }
        name.ifPresent(command::withName);
        driver.ifPresent(command::withDriver);
        return command.exec().getName();
    }

    static List<VolumeSummary> volumes(DockerClient client, Map<String, List<String>> filters) throws IOException {
        List<VolumeSummary> volumes = new ArrayList<>();
        JsonNode answer = RawApi.get(client, "/volumes", RawApi.query("filters", RawApi.filters(filters)));
        for (JsonNode volume : answer.path("Volumes")) {
            volumes.add(new VolumeSummary(volume.path("Name").asText(), volume.path("Driver").asText(),
                    volume.path("Scope").asText(), volume.path("Mountpoint").asText(), labels(volume.path("Labels")),
                    volume.path("CreatedAt").asText("")));
        }
        return volumes;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
        return labels;
    }

    static Map<String, Object> asMap(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }
}
