package io.github.dockertutor.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /version} over a plain socket, with the JDK and Jackson's streaming parser alone. A
 * start of the shell needs nothing more of the engine than this answer, and setting up docker-java,
 * its HTTP client and Jackson's data binding for it cost about a quarter of a start's CPU time
 * (bench/README). Only a unix socket or a plain tcp address is asked so; TLS and named pipes go
 * through docker-java. Any answer that is not a plain 200 with the engine's JSON is "not
 * understood" and left to docker-java too, which sorts the faults a learner can act on.
 */
final class PlainVersionRequest {
    private static final JsonFactory JSON = new JsonFactory();
    /** An engine's version answer is about a kilobyte; anything far larger is not one. */
    private static final int MAX_ANSWER = 1 << 20;
    private static final byte[] CRLF_CRLF = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private PlainVersionRequest() {
    }

    /** Whether this endpoint can be asked without docker-java. */
    static boolean suits(EngineEndpoint endpoint) {
        String scheme = endpoint.host().getScheme();
        return !endpoint.tlsVerify() && ("unix".equals(scheme)
                || (("tcp".equals(scheme) || "http".equals(scheme)) && endpoint.host().getHost() != null));
    }

    /**
     * Connects, asks and reads the whole answer; blocking, so the caller bounds it (closing the
     * channel from another thread ends a read that waits). An answer that is not the engine's
     * version is NOT_DOCKER, as docker-java would have found; a failed exchange is thrown.
     */
    static ProbeResult ask(SocketChannel channel, EngineEndpoint endpoint) throws IOException {
        URI host = endpoint.host();
        if ("unix".equals(host.getScheme())) {
            channel.connect(UnixDomainSocketAddress.of(endpoint.socketPath()));
        } else {
            channel.connect(new InetSocketAddress(host.getHost(), host.getPort() < 0 ? 2375 : host.getPort()));
        }
        channel.write(ByteBuffer.wrap(("GET /version HTTP/1.1\r\nHost: docker\r\nUser-Agent: dockertutor\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
        Optional<EngineInfo> info = understand(readAnswer(channel));
        return info.isPresent() ? ProbeResult.answered(endpoint, info.get())
                : ProbeResult.failed(endpoint, ProbeStatus.NOT_DOCKER, "no engine version in the answer");
    }

    /** A channel of the endpoint's kind, not yet connected. */
    static SocketChannel open(EngineEndpoint endpoint) throws IOException {
        return "unix".equals(endpoint.host().getScheme())
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open();
    }

    /**
     * The answer up to the end of its body: by its Content-Length, its last chunk, or the end of
     * the stream. An engine may keep the connection open whatever the request asked.
     */
    private static byte[] readAnswer(SocketChannel channel) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(2048);
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (answer.size() < MAX_ANSWER && !complete(answer.toByteArray())) {
            if (channel.read(buffer) < 0) {
                break;
            }
            answer.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return answer.toByteArray();
    }

    /** Whether the bytes so far hold a whole answer. */
    static boolean complete(byte[] answer) {
        int headEnd = indexOf(answer, CRLF_CRLF);
        if (headEnd < 0) {
            return false;
        }
        String head = new String(answer, 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int bodyLength = answer.length - headEnd - 4;
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                try {
                    return bodyLength >= Integer.parseInt(line.substring("content-length:".length()).trim());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                // the last chunk is empty: its size line and the empty trailer end the body (JSON
                // text holds no bare line ends, so the version's own bytes never end this way)
                return endsWith(answer, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) && bodyLength >= 5;
            }
        }
        return false; // no length given: the end of the stream ends it
    }

    /** The engine's description from a whole HTTP answer; empty when it is not a 200 with JSON. */
    static Optional<EngineInfo> understand(byte[] answer) throws IOException {
        int headEnd = indexOf(answer, CRLF_CRLF);
        if (headEnd < 0) {
            return Optional.empty();
        }
        String[] head = new String(answer, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        if (!head[0].matches("HTTP/1\\.[01] 200( .*)?")) {
            return Optional.empty();
        }
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String line = head[i].toLowerCase(Locale.ROOT);
            chunked |= line.startsWith("transfer-encoding:") && line.contains("chunked");
        }
        byte[] body = java.util.Arrays.copyOfRange(answer, headEnd + 4, answer.length);
        return parse(chunked ? dechunk(body) : body);
    }

    /** The body of a chunked answer: sizes in hex, each on a line before its chunk. */
    static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0 || lineEnd + 2 + length > body.length) {
                break;
            }
            out.write(body, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static Optional<EngineInfo> parse(byte[] body) throws IOException {
        String version = null;
        String api = null;
        String os = null;
        String arch = null;
        String platform = null;
        List<String> components = new ArrayList<>();
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.getCurrentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "Version" -> version = text(json, value);
                    case "ApiVersion" -> api = text(json, value);
                    case "Os" -> os = text(json, value);
                    case "Arch" -> arch = text(json, value);
                    case "Platform" -> platform = nameIn(json, value);
                    case "Components" -> components = namesIn(json, value);
                    default -> json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        if (api == null || api.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(EngineProbe.engineInfo(platform, components, version, api, os, arch));
    }

    private static String text(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return json.getText();
        }
        json.skipChildren();
        return null;
    }

    /** The "Name" of an object such as {"Name": "Docker Engine - Community"}. */
    private static String nameIn(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        String name = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.getCurrentName();
            JsonToken inner = json.nextToken();
            if (field.equals("Name")) {
                name = text(json, inner);
            } else {
                json.skipChildren();
            }
        }
        return name;
    }

    private static List<String> namesIn(JsonParser json, JsonToken value) throws IOException {
        List<String> names = new ArrayList<>();
        if (value != JsonToken.START_ARRAY) {
            json.skipChildren();
            return names;
        }
        JsonToken item;
        while ((item = json.nextToken()) != JsonToken.END_ARRAY && item != null) {
            String name = nameIn(json, item);
            names.add(name == null ? "" : name);
        }
        return names;
    }

    private static boolean endsWith(byte[] data, byte[] end) {
        return data.length >= end.length && indexOf(data, end, data.length - end.length) >= 0;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
