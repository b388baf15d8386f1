package io.github.dockertutor.engine;

import java.util.Map;

/**
 * One thing the engine reports happened, as {@code docker events} shows it.
 *
 * @param type       container, image, network, volume…
 * @param action     create, start, die, destroy, tag, untag, delete, pull…
 * @param actorId    what it happened to: a container id, or an image id (sha256:…) for image events
 * @param attributes the actor's attributes; {@code name} is the container name or the image
 *                   reference ({@code my-first-image:latest} for a tag event)
 * @param timeNano   when, in nanoseconds since the epoch, on the engine's clock
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes, long timeNano) {

    public EngineEvent {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The actor's name attribute, or "". */
    public String name() {
        return attributes.getOrDefault("name", "");
    }
}
