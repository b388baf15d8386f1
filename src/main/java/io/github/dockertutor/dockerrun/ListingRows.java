package io.github.dockertutor.dockerrun;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.engine.NetworkSummary;
import io.github.dockertutor.engine.VolumeSummary;
import io.github.dockertutor.tui.HumanUnits;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields docker's {@code --format} templates read from a listing's rows ({@code .ID},
 * {@code .Names}, {@code .Repository}…), with the texts docker puts in them, and the headers its
 * tables give them.
 */
final class ListingRows {
    static final Map<String, String> CONTAINER_HEADERS = headers("ID", "CONTAINER ID", "Image", "IMAGE", "Command",
            "COMMAND", "CreatedAt", "CREATED AT", "RunningFor", "CREATED", "Ports", "PORTS", "State", "STATE",
            "Status", "STATUS", "Size", "SIZE", "Names", "NAMES", "Labels", "LABELS", "Mounts", "MOUNTS",
            "Networks", "NETWORKS", "LocalVolumes", "LOCAL VOLUMES");
    static final Map<String, String> IMAGE_HEADERS = headers("ID", "IMAGE ID", "Repository", "REPOSITORY", "Tag",
            "TAG", "Digest", "DIGEST", "CreatedSince", "CREATED", "CreatedAt", "CREATED AT", "Size", "SIZE",
            "Containers", "CONTAINERS", "SharedSize", "SHARED SIZE", "UniqueSize", "UNIQUE SIZE", "VirtualSize",
            "SIZE");
    static final Map<String, String> NETWORK_HEADERS = headers("ID", "NETWORK ID", "Name", "NAME", "Driver", "DRIVER",
            "Scope", "SCOPE", "IPv6", "IPV6", "Internal", "INTERNAL", "Labels", "LABELS", "CreatedAt", "CREATED AT");
    static final Map<String, String> VOLUME_HEADERS = headers("Name", "VOLUME NAME", "Driver", "DRIVER", "Scope",
            "SCOPE", "Mountpoint", "MOUNTPOINT", "Labels", "LABELS", "Links", "LINKS", "Size", "SIZE");

    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ListingRows() {
    }

    static Map<String, Object> container(ContainerSummary container, Instant now, boolean noTrunc) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", noTrunc ? container.id() : DockerIds.shortId(container.id()));
        row.put("Image", PsTable.image(container.image()));
        row.put("Command", noTrunc ? PsTable.goQuote(container.command() == null ? "" : container.command())
                : PsTable.command(container.command()));
        row.put("CreatedAt", GO_TIME.format(Instant.ofEpochSecond(container.created())));
        row.put("RunningFor", HumanUnits.ago(container.created(), now));
        row.put("Ports", PsTable.ports(container.ports()));
        row.put("State", container.state() == null ? "" : container.state());
        row.put("Status", container.status() == null ? "" : container.status());
        row.put("Size", container.sizeRw() < 0 ? "0B" : HumanUnits.size(container.sizeRw())
                + " (virtual " + HumanUnits.size(container.sizeRootFs()) + ")");
        row.put("Names", container.name());
        FormatView.putLabels(row, container.labels());
        row.put("Mounts", String.join(",", container.mounts()));
        row.put("Networks", String.join(",", container.networks()));
        row.put("LocalVolumes", Long.toString(container.mounts().size()));
        return row;
    }

    /** One row per name, as docker images lists them; an image without a name is one {@code <none>} row. */
    static List<Map<String, Object>> image(ImageSummary image, Instant now, boolean noTrunc) {
        List<String> tags = image.repoTags().isEmpty() ? List.of("<none>:<none>") : image.repoTags();
        java.util.ArrayList<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String repoTag : tags) {
            String[] name = repoTag.equals("<none>:<none>") ? new String[] {"<none>", "<none>"}
                    : ImagesTable.splitTag(repoTag);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", noTrunc ? image.id() : DockerIds.shortId(image.id()));
            row.put("Repository", name[0]);
            row.put("Tag", name[1]);
            row.put("Digest", image.repoDigests().stream().filter(d -> d.startsWith(name[0] + "@")).findFirst()
                    .map(d -> d.substring(d.indexOf('@') + 1)).orElse("<none>"));
            row.put("CreatedSince", image.created() > 0 ? HumanUnits.ago(image.created(), now) : "N/A");
            row.put("CreatedAt", GO_TIME.format(Instant.ofEpochSecond(image.created())));
            row.put("Size", HumanUnits.size(image.size()));
            row.put("VirtualSize", HumanUnits.size(image.size()));
            row.put("Containers", image.containers() < 0 ? "N/A" : Integer.toString(image.containers()));
            row.put("SharedSize", "N/A");
            row.put("UniqueSize", "N/A");
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> network(NetworkSummary network, boolean noTrunc) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", noTrunc ? network.id() : DockerIds.shortId(network.id()));
        row.put("Name", network.name());
        row.put("Driver", network.driver());
        row.put("Scope", network.scope());
        row.put("IPv6", Boolean.toString(network.ipv6()));
        row.put("Internal", Boolean.toString(network.internal()));
        FormatView.putLabels(row, network.labels());
        row.put("CreatedAt", network.created());
        return row;
    }

    static Map<String, Object> volume(VolumeSummary volume) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Name", volume.name());
        row.put("Driver", volume.driver());
        row.put("Scope", volume.scope());
        row.put("Mountpoint", volume.mountpoint());
        FormatView.putLabels(row, volume.labels());
        row.put("Links", "N/A");
        row.put("Size", "N/A");
        return row;
    }

    private static Map<String, String> headers(String... fieldsAndHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndHeaders.length; i += 2) {
            headers.put(fieldsAndHeaders[i], fieldsAndHeaders[i + 1]);
        }
        return headers;
    }
}
