package io.github.dockertutor.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Keeps fields a newer minor version wrote, so saving with this version does not drop them. */
final class UnknownFields {
    private UnknownFields() {
    }

    /** Copies into {@code target} every field of {@code source} it does not have yet. */
    static void addMissing(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            if (!target.has(field.getKey())) {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
