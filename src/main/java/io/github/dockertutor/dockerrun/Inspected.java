package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.console.ShellContext;
import java.io.UncheckedIOException;

/** The engine's inspect JSON of one object, read into a tree, for the handlers that need a field of it. */
final class Inspected {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Inspected() {
    }

    static JsonNode container(String name, ShellContext context) {
        return read(context.engine().inspect(name, "container", false));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
