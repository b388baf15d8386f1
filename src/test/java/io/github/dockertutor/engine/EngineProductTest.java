package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Version;
import org.junit.jupiter.api.Test;

/**
 * Which product doctor and the greeting name, from the version API's answers as engines really
 * give them: Podman's Platform.Name is its OS platform, not its name ("linux/amd64/debian-12 4.3.1"
 * was what doctor said of it).
 */
class EngineProductTest {
    private static EngineInfo info(String json) throws Exception {
        Version version = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(json, Version.class);
        return EngineProbe.toInfo(version);
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
