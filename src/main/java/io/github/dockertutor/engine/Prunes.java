package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's prunes, through its API: docker-java's prune answers only the space freed, and
 * docker prints what was removed.
 */
final class Prunes {
    private Prunes() {
    }

    /** Whether an engine of this API version (1.41) predates volume prune's {@code all} filter (1.42). */
    static boolean beforeVolumePruneAll(String apiVersion) {
        String[] parts = apiVersion.split("\\.");
        try {
            return parts.length == 2 && Integer.parseInt(parts[0]) == 1 && Integer.parseInt(parts[1]) < 42;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static PruneReport prune(DockerClient client, String what, boolean all, Map<String, List<String>> filters)
            throws IOException {
        Map<String, List<String>> query = new LinkedHashMap<>(filters);
        String path;
        String deletedKey;
        switch (what) {
            case "containers" -> {
                path = "/containers/prune";
                deletedKey = "ContainersDeleted";
            }
            case "images" -> {
                path = "/images/prune";
                deletedKey = "ImagesDeleted";
                // dangling=false asks for every unused image, as docker image prune -a does
                query.putIfAbsent("dangling", List.of(Boolean.toString(!all)));
            }
            case "networks" -> {
                path = "/networks/prune";
                deletedKey = "NetworksDeleted";
            }
            case "volumes" -> {
                path = "/volumes/prune";
                deletedKey = "VolumesDeleted";
                if (all) {
                    query.putIfAbsent("all", List.of("true"));
                }
            }
            case "build" -> {
                path = "/build/prune";
                deletedKey = "CachesDeleted";
                if (all) {
                    query.putIfAbsent("all", List.of("true"));
                }
            }
            default -> throw new IllegalArgumentException("nothing to prune called " + what);
        }
        JsonNode answer = RawApi.post(client, path, RawApi.query("filters", RawApi.filters(query)), null);
        List<String> deleted = new ArrayList<>();
        for (JsonNode item : answer.path(deletedKey)) {
            if (item.isTextual()) {
                deleted.add(item.asText());
            } else {
                if (item.hasNonNull("Untagged")) {
                    deleted.add("untagged: " + item.get("Untagged").asText());
                }
                if (item.hasNonNull("Deleted")) {
                    deleted.add("deleted: " + item.get("Deleted").asText());
                }
            }
        }
        return new PruneReport(deleted, answer.path("SpaceReclaimed").asLong(0));
    }
}
