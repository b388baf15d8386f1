package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.TopContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The container commands beyond run and stop, in docker-java terms or the engine's API where docker-java has none. */
final class ContainerTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContainerTools() {
    }

    static void kill(DockerClient client, String container, String signal) {
        client.killContainerCmd(container).withSignal(signal).exec();
    }

    static void pause(DockerClient client, String container, boolean pause) {
        if (pause) {
            client.pauseContainerCmd(container).exec();
        } else {
            client.unpauseContainerCmd(container).exec();
        }
    }

    static ProcessTable top(DockerClient client, String container, List<String> psOptions) {
        var command = client.topContainerCmd(container);
        if (!psOptions.isEmpty()) {
            command = command.withPsArgs(String.join(" ", psOptions));
        }
        TopContainerResponse top = command.exec();
        List<List<String>> rows = new ArrayList<>();
        if (top.getProcesses() != null) {
            for (String[] process : top.getProcesses()) {
                rows.add(List.of(process));
            }
        }
        return new ProcessTable(top.getTitles() == null ? List.of() : List.of(top.getTitles()), rows);
    }

    static String stats(DockerClient client, String container) throws IOException {
        return RawApi.get(client, "/containers/" + RawApi.segment(container) + "/stats",
                RawApi.query("stream", "false")).toString();
    }

    /** The engine's kinds: 0 changed, 1 added, 2 deleted; docker prints C, A and D. */
    static List<String> changes(DockerClient client, String container) throws IOException {
        JsonNode changes = RawApi.get(client, "/containers/" + RawApi.segment(container) + "/changes", Map.of());
        List<String> lines = new ArrayList<>();
        for (JsonNode change : changes) {
            String kind = switch (change.path("Kind").asInt()) {
                case 1 -> "A";
                case 2 -> "D";
                default -> "C";
            };
            lines.add(kind + " " + change.path("Path").asText());
        }
        return lines;
    }

    static String commit(DockerClient client, CommitSpec spec) throws IOException {
        Map<String, Object> query = RawApi.query("container", spec.container(), "repo", spec.repository().orElse(null),
                "tag", spec.tag().orElse(null), "comment", spec.message().orElse(null),
                "author", spec.author().orElse(null), "pause", Boolean.toString(spec.pause()),
                "changes", spec.changes().isEmpty() ? null : spec.changes());
        // the labels go in as a config the engine merges with the container's
        Map<String, Object> config = Map.of("Labels", spec.labels());
        return RawApi.post(client, "/commit", query, config).path("Id").asText();
    }

    /** The engine's answer to HEAD /archive: a base64 JSON header describing the path. */
    static Optional<PathStat> stat(DockerClient client, String container, String path) throws IOException {
        // a HEAD answer has no body: ask for the container first, so a wrong name reads "No such container"
        client.inspectContainerCmd(container).exec();
        Map<String, List<String>> headers;
        try {
            headers = RawApi.head(client, "/containers/" + RawApi.segment(container) + "/archive",
                    RawApi.query("path", path));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        String encoded = headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("X-Docker-Container-Path-Stat"))
                .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        if (encoded == null) {
            // a HEAD that answers 404 without a body comes through as an empty answer on some transports
            return Optional.empty();
        }
        JsonNode stat = JSON.readTree(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        long mode = stat.path("mode").asLong();
        // Go's os.ModeDir is the top bit of a 32-bit mode
        boolean directory = (mode & (1L << 31)) != 0;
        return Optional.of(new PathStat(stat.path("name").asText(), stat.path("size").asLong(), directory,
                stat.path("linkTarget").asText("")));
    }

    static InputStream copyFrom(DockerClient client, String container, String path) {
        return client.copyArchiveFromContainerCmd(container, path).exec();
    }

    static void copyTo(DockerClient client, String container, String directory, InputStream tar, boolean keepOwners) {
        client.copyArchiveToContainerCmd(container).withRemotePath(directory).withTarInputStream(tar)
                .withCopyUIDGID(keepOwners).exec();
    }

    static void remove(DockerClient client, String container, boolean force, boolean volumes) {
        client.removeContainerCmd(container).withForce(force).withRemoveVolumes(volumes).exec();
    }
}
