package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which product doctor and the greeting name, from the version API's answers as engines really
 * give them: Podman's Platform.Name is its OS platform, not its name ("linux/amd64/debian-12 4.3.1"
 * was what doctor said of it). The start asks over a plain socket (PlainVersionRequest), doctor's
 * other paths through docker-java: both read the same answer alike.
 */
class EngineProductTest {
    /**
     * The description through docker-java's model and through the plain request's own reading of
     * the same answer, sent whole and in chunks: all three must agree.
     */
    private static EngineInfo info(String json) throws Exception {
        Version version = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(json, Version.class);
        EngineInfo byDockerJava = EngineProbe.toInfo(version);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] whole = answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n" + json);
        int half = json.length() / 2;
        byte[] chunked = answer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(json.substring(0, half).getBytes(StandardCharsets.UTF_8).length) + "\r\n"
                + json.substring(0, half) + "\r\n"
                + Integer.toHexString(json.substring(half).getBytes(StandardCharsets.UTF_8).length) + "\r\n"
                + json.substring(half) + "\r\n0\r\n\r\n");
        for (byte[] answer : List.of(whole, chunked)) {
            assertTrue(PlainVersionRequest.complete(answer));
            assertFalse(PlainVersionRequest.complete(Arrays.copyOf(answer, answer.length - 3)), "a cut answer is not whole");
            assertEquals(Optional.of(byDockerJava), PlainVersionRequest.understand(answer));
        }
        return byDockerJava;
    }

    private static byte[] answer(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerThatIsNotTheVersionIsNotUnderstood() throws Exception {
        assertEquals(Optional.empty(), PlainVersionRequest.understand(
                answer("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot here\n")));
        assertEquals(Optional.empty(), PlainVersionRequest.understand(
                answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")), "no ApiVersion: not an engine");
        assertEquals(Optional.empty(), PlainVersionRequest.understand(
                answer("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n<html>no")));
    }

    @Test
    void podmanIsNamedByItsComponentNotItsPlatform() throws Exception {
        // Podman 4.3.1's /version, shortened (Debian 12's podman package)
        EngineInfo info = info("""
                {"Platform":{"Name":"linux/amd64/debian-12"},
                 "Components":[{"Name":"Podman Engine","Version":"4.3.1"},{"Name":"Conmon","Version":"conmon version 2.1.6"}],
                 "Version":"4.3.1","ApiVersion":"1.41","Os":"linux","Arch":"amd64"}""");
        assertEquals("Podman Engine", info.product());
        assertEquals("4.3.1", info.version());
    }

    @Test
    void dockerCommunityKeepsItsPlatformName() throws Exception {
        EngineInfo info = info("""
                {"Platform":{"Name":"Docker Engine - Community"},
                 "Components":[{"Name":"Engine","Version":"27.1.1"}],
                 "Version":"27.1.1","ApiVersion":"1.46","Os":"linux","Arch":"amd64"}""");
        assertEquals("Docker Engine - Community", info.product());
    }

    @Test
    void debiansDockerWithNoPlatformNameIsDockerEngine() throws Exception {
        EngineInfo info = info("""
                {"Platform":{"Name":""},"Components":[{"Name":"Engine","Version":"20.10.24+dfsg1"}],
                 "Version":"20.10.24+dfsg1","ApiVersion":"1.41","Os":"linux","Arch":"amd64"}""");
        assertEquals("Docker Engine", info.product());
    }
}
