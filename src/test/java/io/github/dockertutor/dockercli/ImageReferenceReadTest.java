package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** References read from data (the engine's tags, lesson.yaml, a FROM line) by docker's own rules. */
class ImageReferenceReadTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void dockerHubNamesAreTheSameImageHoweverWritten() {
        for (String name : new String[] {"busybox", "busybox:latest", "docker.io/library/busybox:latest",
                "docker.io/busybox", "library/busybox", "index.docker.io/library/busybox:latest"}) {
            assertTrue(ImageReference.same("busybox", name), name);
        }
        assertEquals("busybox:latest", ImageReference.normalized("docker.io/library/busybox").get().familiarName());
        assertEquals("tensorflow/tensorflow:latest",
                ImageReference.normalized("tensorflow/tensorflow").get().familiarName());
    }

    @Test
    void otherTagsRegistriesAndOwnersAreOtherImages() {
        assertFalse(ImageReference.same("busybox", "busybox:1.36"));
        assertFalse(ImageReference.same("busybox", "me/busybox"));
        assertFalse(ImageReference.same("busybox", "localhost:5000/busybox"));
        assertFalse(ImageReference.same("busybox", "ghcr.io/library/busybox"));
        assertFalse(ImageReference.same("my-first-image", "my-first-image2"));
    }

    @Test
    void readsRegistriesWithPortsAndDigests() {
        ImageReference ref = ImageReference.read("localhost:5000/library/busybox:1.36").get();
        assertEquals("localhost:5000", ref.domain());
        assertEquals("library/busybox", ref.path());
        assertEquals(Optional.of("1.36"), ref.tag());
        ImageReference digest = ImageReference.normalized("busybox@" + DIGEST).get();
        assertEquals(Optional.empty(), digest.tag());
        assertEquals(Optional.of(DIGEST), digest.digest());
        assertEquals("busybox@" + DIGEST, digest.familiarName());
    }

    @Test
    void aTagWrittenOrNotIsKnownUntilNormalized() {
        assertFalse(ImageReference.read("busybox").get().tag().isPresent());
        assertTrue(ImageReference.read("busybox:latest").get().tag().isPresent());
        assertTrue(ImageReference.read("busybox").get().sameRepository(ImageReference.read("busybox:1.36").get()));
    }

    @Test
    void aFirstPartWithADotAColonOrLocalhostIsARegistry() {
        assertEquals("docker.io", ImageReference.read("me/app").get().domain());
        assertEquals("registry.example", ImageReference.read("registry.example/app").get().domain());
        assertEquals("host:5000", ImageReference.read("host:5000/app").get().domain());
        assertEquals("localhost", ImageReference.read("localhost/app").get().domain());
    }

    @Test
    void textThatIsNoReferenceIsRefused() {
        for (String bad : new String[] {"", " ", "a b", "busybox:", "/busybox", "busybox/", "a//b", "x@",
                "Busybox", "me/MyApp", "busybox@sha256:abc", null}) {
            assertTrue(ImageReference.read(bad).isEmpty(), String.valueOf(bad));
        }
        assertFalse(ImageReference.same("", ""));
    }
}
