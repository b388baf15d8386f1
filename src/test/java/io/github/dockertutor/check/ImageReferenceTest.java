package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void dockerHubNamesAreTheSameImageHoweverWritten() {
        for (String name : new String[] {"busybox", "busybox:latest", "docker.io/library/busybox:latest",
                "docker.io/busybox", "library/busybox", "index.docker.io/library/busybox:latest"}) {
            assertTrue(ImageReference.same("busybox", name), name);
        }
        assertEquals("busybox:latest", ImageReference.parse("docker.io/library/busybox").get().familiar());
        assertEquals("tensorflow/tensorflow:latest", ImageReference.parse("tensorflow/tensorflow").get().familiar());
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
        ImageReference ref = ImageReference.parse("localhost:5000/library/busybox:1.36").get();
        assertEquals("localhost:5000", ref.domain());
        assertEquals("library/busybox", ref.path());
        assertEquals("1.36", ref.tag());
        ImageReference digest = ImageReference.parse("busybox@sha256:abc").get();
        assertEquals(null, digest.tag());
        assertEquals("sha256:abc", digest.digest());
        assertEquals("busybox@sha256:abc", digest.familiar());
    }

    @Test
    void aTagWrittenOrNotIsKnown() {
        assertFalse(ImageReference.parse("busybox").get().tagWritten());
        assertTrue(ImageReference.parse("busybox:latest").get().tagWritten());
        assertTrue(ImageReference.parse("busybox").get().sameRepository(ImageReference.parse("busybox:1.36").get()));
    }

    @Test
    void textThatIsNoReferenceIsRefused() {
        for (String bad : new String[] {"", " ", "a b", "busybox:", "/busybox", "busybox/", "a//b", "x@"}) {
            assertTrue(ImageReference.parse(bad).isEmpty(), bad);
        }
        assertFalse(ImageReference.same("", ""));
    }
}
