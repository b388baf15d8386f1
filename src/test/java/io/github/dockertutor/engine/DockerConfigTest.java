package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's config.json, read as the CLI reads it and written back with the rest kept. */
class DockerConfigTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config.json");
    }

    @Test
    void aLoginIsStoredBesideWhatTheFileHadAndReadBack() throws IOException {
        Files.writeString(file(), "{\"currentContext\":\"colima\",\"auths\":{\"other:5000\":{\"auth\":\"eDp5\"}}}");
        DockerConfig config = new DockerConfig(dir);
        config.store("localhost:5001", "ana", "secret");

        String encoded = Base64.getEncoder().encodeToString("ana:secret".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(encoded), new DockerConfig(dir).auth("localhost:5001"));
        assertEquals(Optional.of("eDp5"), new DockerConfig(dir).auth("other:5000"));
        assertTrue(Files.readString(file()).contains("\"currentContext\" : \"colima\""), Files.readString(file()));

        assertTrue(config.remove("localhost:5001"));
        assertEquals(Optional.empty(), config.auth("localhost:5001"));
        assertFalse(config.remove("localhost:5001"));
        assertEquals(Optional.of("eDp5"), config.auth("other:5000"));
    }

    @Test
    void theFileIsReadAsTheCliReadsIt() throws IOException {
        // a repeated key's last value counts, and what follows the object is not read
        Files.writeString(file(), "{\"credsStore\":\"\",\"credsStore\":\"desktop\"}\n{not json");
        assertEquals(Optional.of("desktop"), new DockerConfig(dir).credentialHelper());
    }

    @Test
    void noFileOrABrokenOneHasNoLogins() throws IOException {
        assertEquals(Optional.empty(), new DockerConfig(dir).auth(DockerConfig.DOCKER_HUB));
        Files.writeString(file(), "{not json");
        assertEquals(Optional.empty(), new DockerConfig(dir).auth(DockerConfig.DOCKER_HUB));
        assertEquals(Optional.empty(), new DockerConfig(dir).credentialHelper());
    }
}
