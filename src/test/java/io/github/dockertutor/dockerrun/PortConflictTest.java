package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.PortMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the port out of the engine's words, and the next port no container holds. */
class PortConflictTest {
    @Test
    void thePortIsReadFromEitherWording() {
        assertEquals(41234, PortConflict.portIn("driver failed programming external connectivity on endpoint web"
                + " (3be7): Bind for 0.0.0.0:41234 failed: port is already allocated").getAsInt());
        assertEquals(8080, PortConflict.portIn("Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind:"
                + " address already in use").getAsInt());
        assertEquals(8080, PortConflict.portIn("Bind for [::]:8080 failed: port is already allocated").getAsInt());
        assertTrue(PortConflict.portIn("port is already allocated").isEmpty());
    }

    @Test
    void theSuggestionSkipsPortsOtherContainersPublish() {
        List<ContainerSummary> running = List.of(holder("a", 8080), holder("b", 8081), holder("c", 8083));
        assertEquals(8082, PortConflict.freePortAfter(8080, running));
        assertEquals(1235, PortConflict.freePortAfter(1234, List.of()));
    }

    private static ContainerSummary holder(String name, int hostPort) {
        return new ContainerSummary(name, name, "busybox", "sleep", 0, "running", "Up", List.of(
                PortMapping.tcp(hostPort, 80)), Map.of());
    }
}
