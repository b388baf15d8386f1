package io.github.dockertutor.check;

import static io.github.dockertutor.check.DockerCli.docker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.EngineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine events the checks and the shell rely on: past events on the engine's clock, and a live feed. */
class CheckEventsIT {
    @RegisterExtension
    final EngineFixture fixture = new EngineFixture();

    @Test
    void aTagByTheCliIsSeenLiveAndInThePast() throws Exception {
        String name = fixture.image(DockerCli.name("evt"));
        LinkedBlockingQueue<EngineEvent> seen = new LinkedBlockingQueue<>();
        Cancellation cancellation = new Cancellation();
        Instant since = fixture.engine().engineTime();
        fixture.engine().subscribe(seen::add, cancellation);
        try {
            docker("tag", "busybox", name);
            EngineEvent tagged = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (tagged == null && System.nanoTime() < deadline) {
                EngineEvent event = seen.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && event.action().equals("tag") && event.name().equals(name + ":latest")) {
                    tagged = event;
                }
            }
            assertTrue(tagged != null, "no live tag event within 2 s: " + seen);
            assertEquals("image", tagged.type());
            assertTrue(tagged.actorId().startsWith("sha256:"), tagged.actorId());
        } finally {
            cancellation.cancel();
        }
        List<EngineEvent> past = fixture.engine().events(since, fixture.engine().engineTime(),
                Map.of("type", List.of("image"), "event", List.of("tag")));
        assertTrue(past.stream().anyMatch(e -> e.name().equals(name + ":latest")), past.toString());
        List<EngineEvent> before = fixture.engine().events(since.minusSeconds(3600), since,
                Map.of("type", List.of("image"), "event", List.of("tag")));
        assertTrue(before.stream().noneMatch(e -> e.name().equals(name + ":latest")), before.toString());
    }
}
