package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.UnauthorizedException;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's HTTP API where docker-java's models drop what docker prints: the lines of
 * {@code rmi} (Untagged, Deleted), what a prune removed, {@code system df}, an image's history, a
 * container's raw inspect JSON. Paths are unversioned, as docker-java's are (see DockerClients), and
 * an error answer becomes the docker-java exception docker-java itself would have thrown, so
 * {@link EngineErrors} sorts it the same way.
 */
final class RawApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawApi() {
    }

    /** The query of a request, in order; a null value is left out, a list repeats the key. */
    static Map<String, Object> query(Object... namesAndValues) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                query.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return query;
    }

    /** The engine's filters parameter: {"key":["value",…]}. */
    static String filters(Map<String, List<String>> filters) {
        try {
            return filters.isEmpty() ? null : JSON.writeValueAsString(filters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode get(DockerClient client, String path, Map<String, Object> query) throws IOException {
        return json(client, DockerHttpClient.Request.Method.GET, path, query, null);
    }

    static JsonNode post(DockerClient client, String path, Map<String, Object> query, Object body) throws IOException {
        return json(client, DockerHttpClient.Request.Method.POST, path, query, body);
    }

    static JsonNode delete(DockerClient client, String path, Map<String, Object> query) throws IOException {
        return json(client, DockerHttpClient.Request.Method.DELETE, path, query, null);
    }

    /** The answer's headers only (a HEAD request), or an exception as for the others. */
    static Map<String, List<String>> head(DockerClient client, String path, Map<String, Object> query)
            throws IOException {
        try (DockerHttpClient.Response response = send(client, "HEAD", path, query, null)) {
            return response.getHeaders();
        }
    }

    /**
     * A request whose answer is streamed (a load's progress): the caller reads and closes it. The
     * body, if any, is sent as it is read.
     */
    static DockerHttpClient.Response stream(DockerClient client, String method, String path, Map<String, Object> query,
            InputStream body) {
        return send(client, method, path, query, body);
    }

    private static JsonNode json(DockerClient client, DockerHttpClient.Request.Method method, String path,
            Map<String, Object> query, Object body) throws IOException {
        InputStream in = body == null ? null : new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(body));
        try (DockerHttpClient.Response response = send(client, method.name(), path, query, in)) {
            byte[] bytes = response.getBody().readAllBytes();
            return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        }
    }

    private static DockerHttpClient.Response send(DockerClient client, String method, String path,
            Map<String, Object> query, InputStream body) {
        DockerHttpClient http = ((DockerClientImpl) client).getHttpClient();
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder().method(method)
                .path(path + encode(query));
        if (body != null) {
            request.body(body).putHeader("Content-Type", "application/json");
        }
        DockerHttpClient.Response response = http.execute(request.build());
        int status = response.getStatusCode();
        if (status >= 400) {
            String text;
            try (response) {
                text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                text = "";
            }
            throw failure(status, "Status " + status + ": " + text);
        }
        return response;
    }

    private static DockerException failure(int status, String message) {
        return switch (status) {
            case 400 -> new BadRequestException(message);
            case 401 -> new UnauthorizedException(message);
            case 404 -> new NotFoundException(message);
            case 409 -> new ConflictException(message);
            case 500 -> new InternalServerErrorException(message);
            default -> new DockerException(message, status);
        };
    }

    static String encode(Map<String, Object> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            for (Object value : values) {
                out.append(out.length() == 0 ? '?' : '&').append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** A path segment (a name or id) made safe for the URL. */
    static String segment(String name) {
        // names keep their / : and @ (library/busybox:1.36, a@sha256:…), as the engine's router expects them
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("%3A", ":").replace("%40", "@");
    }
}
