package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.EventsCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.ExposedPort;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The engine's event stream and clock, and image inspection: what checks need beyond listings.
 * Times are the ENGINE's: a step's start is read from the engine's clock, so a build a second
 * before it never counts as "during the step", even when the learner's machine and the engine
 * (a VM under Docker Desktop) disagree about the time.
 */
final class EngineEvents {
    /** Past events come back at once; this only bounds a misbehaving engine. */
    private static final long PAST_EVENTS_TIMEOUT_SECONDS = 5;

    private EngineEvents() {
    }

    /** The engine's current time, from {@code GET /info}. */
    static Instant engineTime(DockerClient client) {
        String systemTime = client.infoCmd().exec().getSystemTime();
        if (systemTime == null || systemTime.isBlank()) {
            return Instant.now();
        }
        return OffsetDateTime.parse(systemTime).toInstant();
    }

    /**
     * Events between two engine times, without following: the engine answers from its buffer and
     * closes the stream, as long as {@code until} is not in the engine's future.
     *
     * @param filters the engine's filter names ({@code type}, {@code event}, {@code image},
     *                {@code container}, {@code label}) to the values any of which may match
     */
    static List<EngineEvent> between(DockerClient client, Instant since, Instant until, Map<String, List<String>> filters)
            throws InterruptedException {
        return between(client, since, until, filters, false);
    }

    /**
     * As {@link #between(DockerClient, Instant, Instant, Map)}; {@code podman}: Podman 4.3 answers
     * an {@code until} in the past with no events at all, so it is asked until a second later (it
     * then streams what it has and closes the stream at that time) and the rest is dropped here.
     */
    static List<EngineEvent> between(DockerClient client, Instant since, Instant until, Map<String, List<String>> filters,
            boolean podman) throws InterruptedException {
        List<EngineEvent> events = Collections.synchronizedList(new ArrayList<>());
        Instant asked = podman ? until.plusSeconds(1) : until;
        EventsCmd command = filtered(client.eventsCmd(), filters).withSince(timestamp(since)).withUntil(timestamp(asked));
        ResultCallback.Adapter<Event> callback = command.exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                events.add(toEvent(event));
            }
        });
        if (!callback.awaitCompletion(PAST_EVENTS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new EngineException(EngineException.Fault.REFUSED, "engine.error.refused", null,
                    "the engine did not finish listing past events");
        }
        long last = until.getEpochSecond() * 1_000_000_000L + until.getNano();
        return events.stream().filter(event -> !podman || event.timeNano() <= last).toList();
    }

    /**
     * Follows every new event until cancelled or the engine goes away; returns at once, the
     * listener is called on docker-java's thread. {@code onEnd} runs once when the stream ends for
     * any reason other than cancellation, so the caller can subscribe again.
     */
    static void follow(DockerClient client, Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
        ResultCallback.Adapter<Event> callback = client.eventsCmd().exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                listener.accept(toEvent(event));
            }

            @Override
            public void onError(Throwable throwable) {
                super.onError(throwable);
                if (!cancellation.isCancelled()) {
                    onEnd.run();
                }
            }

            @Override
            public void onComplete() {
                super.onComplete();
                if (!cancellation.isCancelled()) {
                    onEnd.run();
                }
            }
        });
        cancellation.attach(callback);
    }

    /** The image a reference or id names, or empty when the engine has none. */
    static Optional<ImageDetails> inspectImage(DockerClient client, String reference) {
        InspectImageResponse image;
        try {
            image = client.inspectImageCmd(reference).exec();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        var config = image.getConfig();
        List<String> exposed = new ArrayList<>();
        if (config != null && config.getExposedPorts() != null) {
            for (ExposedPort port : config.getExposedPorts()) {
                exposed.add(port.getPort() + "/" + port.getProtocol().toString());
            }
        }
        return Optional.of(new ImageDetails(image.getId(),
                image.getRepoTags() == null ? List.of() : image.getRepoTags(),
                image.getCreated() == null ? "" : image.getCreated(),
                config == null || config.getLabels() == null ? Map.of() : config.getLabels(),
                exposed,
                config == null || config.getCmd() == null ? List.of() : Arrays.asList(config.getCmd()),
                config == null || config.getEntrypoint() == null ? List.of() : Arrays.asList(config.getEntrypoint()),
                config == null ? "" : config.getWorkingDir()));
    }

    private static EventsCmd filtered(EventsCmd command, Map<String, List<String>> filters) {
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            String[] values = filter.getValue().toArray(String[]::new);
            command = switch (filter.getKey()) {
                case "type" -> command.withEventTypeFilter(values);
                case "event" -> command.withEventFilter(values);
                case "image" -> command.withImageFilter(values);
                case "container" -> command.withContainerFilter(values);
                case "label" -> command.withLabelFilter(values);
                default -> throw new IllegalArgumentException("unknown event filter " + filter.getKey());
            };
        }
        return command;
    }

    /** The engine's "seconds.nanoseconds" form, which keeps the nanoseconds an event carries. */
    static String timestamp(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    private static EngineEvent toEvent(Event event) {
        String type = event.getType() == null ? "" : event.getType().getValue();
        String action = event.getAction() != null ? event.getAction() : event.getStatus();
        String actorId = event.getActor() != null && event.getActor().getId() != null ? event.getActor().getId()
                : event.getId();
        Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
        long timeNano = event.getTimeNano() != null ? event.getTimeNano()
                : event.getTime() == null ? 0 : event.getTime() * 1_000_000_000L;
        return new EngineEvent(type, action == null ? "" : action, actorId == null ? "" : actorId, attributes, timeNano);
    }
}
