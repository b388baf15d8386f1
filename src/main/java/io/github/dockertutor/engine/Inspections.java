package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.List;

/**
 * {@code docker inspect}: the engine's own JSON for a container, image, network or volume, as the
 * docker CLI prints it (read through the API, not docker-java's models, so no field is lost or
 * renamed). Like the CLI, a name is looked up as a container first, then an image, a network, a volume.
 */
final class Inspections {
    private static final List<String> ORDER = List.of("container", "image", "network", "volume");

    private Inspections() {
    }

    /** Returns the JSON, or throws NotFoundException when nothing of the asked kind has that name. */
    static String inspect(DockerClient client, String target, String type, boolean size) throws Exception {
        for (String kind : type == null ? ORDER : List.of(type)) {
            try {
                return RawApi.get(client, path(kind, target), kind.equals("container")
                        ? RawApi.query("size", Boolean.toString(size)) : RawApi.query()).toString();
            } catch (NotFoundException e) {
                if (type != null) {
                    throw e;
                }
            }
        }
        throw new NotFoundException("Status 404: {\"message\":\"No such object: " + target.replace("\"", "\\\"") + "\"}");
    }

    private static String path(String kind, String target) {
        String name = RawApi.segment(target);
        return switch (kind) {
            case "container" -> "/containers/" + name + "/json";
            case "image" -> "/images/" + name + "/json";
            case "network" -> "/networks/" + name;
            default -> "/volumes/" + name;
        };
    }
}
