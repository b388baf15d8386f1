package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.EngineEndpoint.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDiscoveryTest {
    @TempDir
    Path home;

    private EngineDiscovery discovery(Optional<String> flag, Map<String, String> env, String os) {
        return new EngineDiscovery(flag, env, home, os);
    }

    @Test
    void hostFlagWinsOverEverything() {
        EngineEndpoint chosen = discovery(Optional.of("tcp://10.0.0.1:2375"),
                Map.of("DOCKER_HOST", "unix:///x.sock"), "Linux").explicitChoice().orElseThrow();
        assertEquals(Source.FLAG, chosen.source());
        assertEquals(URI.create("tcp://10.0.0.1:2375"), chosen.host());
        assertTrue(chosen.explicit());
    }

    @Test
    void dockerHostWithTlsSettings() {
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of("DOCKER_HOST", "tcp://engine:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs"), "Linux").explicitChoice().orElseThrow();
        assertEquals(Source.DOCKER_HOST, chosen.source());
        assertTrue(chosen.tlsVerify());
        assertEquals(Optional.of("/certs"), chosen.certPath());
    }

    @Test
    void tlsWithoutCertPathUsesTheDockerConfigFolder() {
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of("DOCKER_HOST", "tcp://engine:2376",
                "DOCKER_TLS_VERIFY", "1"), "Linux").explicitChoice().orElseThrow();
        assertEquals(Optional.of(home.resolve(".docker").toString()), chosen.certPath());
    }

    @Test
    void emptyDockerHostIsIgnoredAsTheCliDoes() {
        assertTrue(discovery(Optional.empty(), Map.of("DOCKER_HOST", ""), "Linux").explicitChoice().isEmpty());
    }

    @Test
    void bareSocketPathIsReadAsUnixSocket() {
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of("DOCKER_HOST", "/run/docker.sock"), "Linux")
                .explicitChoice().orElseThrow();
        assertEquals(URI.create("unix:///run/docker.sock"), chosen.host());
    }

    @Test
    void currentContextFromConfigJson() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///Users/a/.colima/default/docker.sock");
        Files.writeString(home.resolve(".docker/config.json"), "{\"auths\":{},\"currentContext\":\"colima\"}");
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of(), "Mac OS X").explicitChoice().orElseThrow();
        assertEquals(Source.CONTEXT, chosen.source());
        assertEquals("colima", chosen.detail());
        assertEquals(URI.create("unix:///Users/a/.colima/default/docker.sock"), chosen.host());
    }

    @Test
    void dockerContextVariableBeatsConfigAndDockerConfigMovesTheFolder() throws IOException {
        Path config = home.resolve("elsewhere");
        writeContext(config, "remote", "tcp://school:2376");
        writeContext(config, "other", "tcp://other:2376");
        Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"other\"}");
        EngineEndpoint chosen = discovery(Optional.empty(),
                Map.of("DOCKER_CONFIG", config.toString(), "DOCKER_CONTEXT", "remote"), "Linux")
                .explicitChoice().orElseThrow();
        assertEquals(URI.create("tcp://school:2376"), chosen.host());
    }

    @Test
    void defaultContextMeansNoOverride() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\":\"default\"}");
        assertTrue(discovery(Optional.empty(), Map.of(), "Linux").explicitChoice().isEmpty());
    }

    @Test
    void unknownContextIsReportedNotSkipped() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\":\"gone\"}");
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of(), "Linux").explicitChoice().orElseThrow();
        assertEquals(Source.CONTEXT, chosen.source());
        assertEquals(ProbeStatus.MISSING, new EngineProbe().probe(chosen).status());
    }

    @Test
    void brokenConfigJsonFallsBackToTheUsualSockets() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{not json");
        assertTrue(discovery(Optional.empty(), Map.of(), "Linux").explicitChoice().isEmpty());
    }

    @Test
    void aRepeatedKeyInConfigJsonIsReadAsTheCliReadsIt() throws IOException {
        // Go's JSON reader takes a repeated key's last value; the tutor picks the engine the CLI picks
        writeContext(home.resolve(".docker"), "colima", "unix:///Users/a/.colima/default/docker.sock");
        Files.writeString(home.resolve(".docker/config.json"),
                "{\"currentContext\":\"gone\",\"auths\":{},\"currentContext\":\"colima\"}");
        EngineEndpoint chosen = discovery(Optional.empty(), Map.of(), "Linux").explicitChoice().orElseThrow();
        assertEquals("colima", chosen.detail());
        assertEquals(URI.create("unix:///Users/a/.colima/default/docker.sock"), chosen.host());
    }

    @Test
    void textAfterConfigJsonsObjectIsNotReadAsTheCliDoesNotReadIt() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///Users/a/.colima/default/docker.sock");
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\":\"colima\"}\n{not json");
        assertEquals("colima", discovery(Optional.empty(), Map.of(), "Linux").explicitChoice().orElseThrow().detail());
    }

    @Test
    void linuxSocketListInTheDocumentedOrder() {
        List<EngineEndpoint> known = discovery(Optional.empty(), Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "Linux")
                .wellKnown();
        List<String> hosts = known.stream().map(e -> e.host().toString()).toList();
        assertEquals("unix:///var/run/docker.sock", hosts.get(0));
        assertEquals("unix:///run/user/1000/docker.sock", hosts.get(1));
        assertTrue(hosts.contains("unix://" + home.resolve(".docker/run/docker.sock")));
        assertTrue(hosts.contains("unix://" + home.resolve(".docker/desktop/docker.sock")));
        assertTrue(hosts.contains("unix://" + home.resolve(".colima/default/docker.sock")));
        assertTrue(hosts.contains("unix://" + home.resolve(".rd/docker.sock")));
        assertTrue(hosts.contains("unix://" + home.resolve(".orbstack/run/docker.sock")));
        assertEquals("unix:///run/user/1000/podman/podman.sock", hosts.get(hosts.size() - 3));
        assertEquals("unix:///run/podman/podman.sock", hosts.get(hosts.size() - 2));
        assertEquals("unix:///tmp/dockertutor-engine/docker.sock", hosts.get(hosts.size() - 1),
                "where scripts/engine start puts its engine, last: a machine's own engine comes first");
        assertTrue(known.stream().noneMatch(EngineEndpoint::explicit));
    }

    @Test
    void thePrivateEngineIsFoundWhereScriptsEngineWasToldToPutIt() {
        List<String> hosts = discovery(Optional.empty(), Map.of("DOCKERTUTOR_ENGINE_DIR", "/srv/class-engine"), "Linux")
                .wellKnown().stream().map(e -> e.host().toString()).toList();
        assertEquals("unix:///srv/class-engine/docker.sock", hosts.get(hosts.size() - 1));
    }

    @Test
    void withoutRuntimeDirNoRootlessOrUserPodman() {
        List<String> hosts = discovery(Optional.empty(), Map.of(), "Linux").wellKnown().stream()
                .map(e -> e.host().toString()).toList();
        assertFalse(hosts.stream().anyMatch(h -> h.contains("/run/user/")));
    }

    @Test
    void windowsUsesPipesDesktopFirst() {
        List<EngineEndpoint> known = discovery(Optional.empty(), Map.of(), "Windows 11").wellKnown();
        assertEquals(List.of("npipe:////./pipe/dockerDesktopLinuxEngine", "npipe:////./pipe/docker_engine"),
                known.stream().map(e -> e.host().toString()).toList());
    }

    @Test
    void candidatesPutTheExplicitChoiceFirst() {
        List<EngineEndpoint> all = discovery(Optional.empty(), Map.of("DOCKER_HOST", "tcp://x:1"), "Linux").candidates();
        assertEquals(Source.DOCKER_HOST, all.get(0).source());
        assertTrue(all.size() > 5);
    }

    private static void writeContext(Path configDir, String name, String host) throws IOException {
        Path meta = configDir.resolve("contexts/meta").resolve(DockerContexts.sha256(name));
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }
}
