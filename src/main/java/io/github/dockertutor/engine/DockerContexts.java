package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.base.JsonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads docker CLI contexts the way the CLI does: the current context's name from
 * {@code $DOCKER_CONFIG/config.json}, its endpoint from
 * {@code contexts/meta/<sha256 of the name>/meta.json}. The context "default" means "no override".
 * The files are read as trees over Jackson's parser alone: an {@code ObjectMapper} cost a start with a
 * current context (Docker Desktop's usual case) some 300 classes and 50 ms before the first prompt.
 */
final class DockerContexts {
    private final Path configDir;

    DockerContexts(Path configDir) {
        this.configDir = configDir;
    }

    /** The context named in config.json, if any and not "default". */
    Optional<String> currentContext() {
        Path config = configDir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            JsonNode name = JsonFiles.readForeign(Files.readString(config)).path("currentContext");
            return name.isTextual() && !name.asText().isBlank() && !"default".equals(name.asText())
                    ? Optional.of(name.asText())
                    : Optional.empty();
        } catch (IOException e) {
            // a config.json the CLI itself cannot read: the CLI then fails too, we fall back to sockets
            return Optional.empty();
        }
    }

    /** The docker endpoint of a named context; empty when the context does not exist or names no host. */
    Optional<String> hostOf(String contextName) {
        Path meta = configDir.resolve("contexts").resolve("meta").resolve(sha256(contextName)).resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            JsonNode host = JsonFiles.readForeign(Files.readString(meta)).path("Endpoints").path("docker").path("Host");
            return host.isTextual() && !host.asText().isBlank() ? Optional.of(host.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
