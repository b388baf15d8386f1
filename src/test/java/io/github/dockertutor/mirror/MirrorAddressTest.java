package io.github.dockertutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MirrorAddressTest {
    @Test
    void readsHostAndPort() {
        MirrorAddress address = MirrorAddress.parse("192.168.1.10:5001").orElseThrow();
        assertEquals("192.168.1.10", address.host());
        assertEquals(5001, address.port());
        assertEquals("192.168.1.10:5001", address.local());
        assertEquals("192.168.1.10:5001", address.forLearners());
    }

    @Test
    void everyInterfaceIsReachedOnLoopbackFromThisMachine() {
        MirrorAddress address = MirrorAddress.parse(MirrorAddress.DEFAULT).orElseThrow();
        assertEquals("127.0.0.1:5000", address.local());
        assertTrue(address.forLearners().endsWith(":5000"), address.forLearners());
        assertTrue(!address.forLearners().startsWith("0.0.0.0"), address.forLearners());
    }

    @Test
    void refusesWhatIsNotHostAndPort() {
        for (String bad : List.of("5000", ":5000", "host:", "host:0", "host:70000", "host:port", "a b:5000")) {
            assertTrue(MirrorAddress.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void theSnippetIsTheJsonDockerReads() {
        String snippet = DaemonJsonAdvice.snippet("10.0.0.5:5000");
        assertEquals("{\n  \"registry-mirrors\": [\"http://10.0.0.5:5000\"],\n"
                + "  \"insecure-registries\": [\"10.0.0.5:5000\"]\n}", snippet);
    }

    @Test
    void findsDockerRegistryOnThePathOnly() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mirror-path");
        RegistryProcess none = new RegistryProcess(dir, Map.of("PATH", dir.toString()));
        assertTrue(none.program().isEmpty());
        java.nio.file.Path program = java.nio.file.Files.createFile(dir.resolve("docker-registry"));
        program.toFile().setExecutable(true);
        assertEquals(program, new RegistryProcess(dir, Map.of("PATH", dir.toString())).program().orElseThrow());
        assertTrue(none.running().isEmpty(), "no pid file: nothing runs");
    }
}
