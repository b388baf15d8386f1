package io.github.dockertutor.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * {@code docker inspect}: the engine's full description of a container or an image, as JSON.
 * Like the CLI, a name is looked up as a container first, then as an image.
 */
final class Inspections {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Inspections() {
    }

    /** Returns the JSON, or throws NotFoundException when neither a container nor an image has that name. */
    static String inspect(DockerClient client, String target, String type) throws Exception {
        if (type == null || type.equals("container")) {
            try {
                return JSON.writeValueAsString(client.inspectContainerCmd(target).exec());
            } catch (NotFoundException e) {
                if (type != null) {
                    throw e;
                }
            }
        }
        return JSON.writeValueAsString(client.inspectImageCmd(target).exec());
    }
}
