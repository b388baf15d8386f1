package io.github.dockertutor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The engine's HTTP API, straight, for the corpus test's own bookkeeping (what is there, clean
 * slates, fixtures): independent of the tutor's code, and far quicker than a docker process per
 * question.
 */
final class EngineApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;

    EngineApi() {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        this.http = new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig()).build();
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body);
    }

    /** A GET answered with one JSON object a line (the event stream up to {@code until}). */
    java.util.List<JsonNode> getLines(String path) {
        try {
            DockerHttpClient.Request request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET)
                    .path(path).build();
            try (DockerHttpClient.Response response = http.execute(request)) {
                java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
                for (String line : new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        nodes.add(JSON.readTree(line));
                    }
                }
                return nodes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET answered with bytes (a container's archive). */
    byte[] getBytes(String path) {
        try {
            DockerHttpClient.Request request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET)
                    .path(path).build();
            try (DockerHttpClient.Response response = http.execute(request)) {
                return response.getBody().readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DELETE whose failure (already gone, in use) is of no interest. */
    void deleteQuietly(String path) {
        try {
            call("DELETE", path, null);
        } catch (IllegalStateException e) {
            // gone already
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder().method(method).path(path);
            if (body != null) {
                request.body(new ByteArrayInputStream(JSON.writeValueAsBytes(body)))
                        .putHeader("Content-Type", "application/json");
            }
            try (DockerHttpClient.Response response = http.execute(request.build())) {
                byte[] bytes = response.getBody().readAllBytes();
                if (response.getStatusCode() >= 400) {
                    throw new IllegalStateException(method + " " + path + ": " + response.getStatusCode() + " "
                            + new String(bytes, StandardCharsets.UTF_8));
                }
                return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
