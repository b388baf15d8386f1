package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.base.JsonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The docker CLI's own settings file, {@code $DOCKER_CONFIG/config.json} (else
 * {@code ~/.docker/config.json}), where {@code docker login} keeps a registry's login under
 * {@code auths} and the CLI, and so the tutor, reads it back for a push. When the file names a
 * credential helper ({@code credsStore}, Docker Desktop's), the logins live there instead, which
 * only the docker CLI can reach.
 */
public final class DockerConfig {
    /** Docker Hub's key in {@code auths}, the one name docker keeps from its first registry. */
    public static final String DOCKER_HUB = "https://index.docker.io/v1/";

    /**
     * Writes the file as Jackson indents it. Made on first use, not with the class: every start
     * finds the engine through {@link #directory}, and an {@code ObjectMapper} cost that start some
     * 300 classes. The file is read as the CLI reads it, with {@link JsonFiles#readForeign}.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;

    public DockerConfig(Path directory) {
        this.file = directory.resolve("config.json");
    }

    /** The folder the docker CLI reads its settings from, for these environment variables and home. */
    public static Path directory(Map<String, String> env, Path home) {
        String configured = env.get("DOCKER_CONFIG");
        return configured != null && !configured.isBlank() ? Path.of(configured) : home.resolve(".docker");
    }

    /** The registry key docker uses for an image's domain: Docker Hub's URL, or the host[:port] itself. */
    public static String serverFor(String domain) {
        return domain.isEmpty() || domain.equals("docker.io") || domain.equals("index.docker.io")
                || domain.equals("registry-1.docker.io") ? DOCKER_HUB : domain;
    }

    /** The stored login for a registry, as base64 {@code user:password}; empty when there is none. */
    public Optional<String> auth(String server) {
        JsonNode auth = read().path("auths").path(server).path("auth");
        return auth.isTextual() && !auth.asText().isBlank() ? Optional.of(auth.asText()) : Optional.empty();
    }

    /** The credential helper the file names, if any ({@code desktop}, {@code osxkeychain}…). */
    public Optional<String> credentialHelper() {
        JsonNode helper = read().path("credsStore");
        return helper.isTextual() && !helper.asText().isBlank() ? Optional.of(helper.asText()) : Optional.empty();
    }

    /** Keeps a login, as docker does without a credential helper; the rest of the file stays as it was. */
    public void store(String server, String username, String password) throws IOException {
        ObjectNode root = read();
        ObjectNode auths = root.has("auths") && root.get("auths").isObject() ? (ObjectNode) root.get("auths")
                : root.putObject("auths");
        String encoded = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        auths.putObject(server).put("auth", encoded);
        write(root);
    }

    /** Forgets a login; false when there was none. */
    public boolean remove(String server) throws IOException {
        ObjectNode root = read();
        JsonNode auths = root.path("auths");
        if (!auths.isObject() || !auths.has(server)) {
            return false;
        }
        ((ObjectNode) auths).remove(server);
        write(root);
        return true;
    }

    private ObjectNode read() {
        if (!Files.isRegularFile(file)) {
            return JsonFiles.object();
        }
        try {
            JsonNode node = JsonFiles.readForeign(Files.readString(file));
            return node instanceof ObjectNode object ? object : JsonFiles.object();
        } catch (IOException e) {
            // a file the CLI could not read either: treated as empty, so a login written now replaces it
            return JsonFiles.object();
        }
    }

    /** Written to a file beside it, then moved over it, so an interrupted write never leaves half a file. */
    private void write(ObjectNode root) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling("config.json.tmp-" + ProcessHandle.current().pid());
        Files.writeString(next, Json.MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        try {
            next.toFile().setReadable(false, false);
            next.toFile().setReadable(true, true);
            next.toFile().setWritable(false, false);
            next.toFile().setWritable(true, true);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(next);
        }
    }
}
