package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's three gzip members: checked by the compressed images' SHA-256 and handed to the
 * engine still compressed, while a pack compressed any other way is still checked and loaded whole.
 */
class PackLayoutTest {
    private static final int IMAGE_BYTES = 300_000;

    @TempDir
    Path dir;

    @Test
    void aWrittenPackIsCheckedByItsImagesMemberAndTheEngineGetsItCompressed() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        PackReader.Verified verified = PackReader.check(pack, manifest -> done -> { });
        PackManifest.Member member = verified.manifest().imagesMember().orElseThrow();
        assertEquals(Files.size(pack) - member.size() - member.tailSize(), verified.imagesMember());
        assertEquals(member.size(), PackReader.engineBytes(verified));
        byte[] sent;
        try (InputStream images = PackReader.openForEngine(pack, verified)) {
            sent = images.readAllBytes();
        }
        assertEquals(member.size(), sent.length);
        try (InputStream gunzip = new GZIPInputStream(new java.io.ByteArrayInputStream(sent))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("images-src.tar")), gunzip.readAllBytes());
        }
    }

    @Test
    void theSameTarCompressedAsOneMemberIsCheckedAndLoadedDecompressed() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        Path recompressed = dir.resolve("recompressed.tar.gz");
        Packs.gzipTo(Packs.gunzip(pack), recompressed);
        long[] last = {0};
        PackReader.Verified verified = PackReader.check(recompressed, manifest -> done -> last[0] = done);
        assertEquals(-1, verified.imagesMember());
        assertEquals(IMAGE_BYTES, PackReader.engineBytes(verified));
        long total = verified.manifest().entries().values().stream().mapToLong(PackManifest.Entry::size).sum();
        assertEquals(total, last[0], "progress ends at the total");
        try (InputStream images = PackReader.openForEngine(recompressed, verified)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("images-src.tar")), images.readAllBytes());
        }
    }

    @Test
    void aFlipInsideTheImagesMemberIsRefusedAsDamageToImagesTar() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        PackReader.Verified sound = PackReader.check(pack, manifest -> done -> { });
        byte[] bytes = Files.readAllBytes(pack);
        bytes[(int) sound.imagesMember() + 5000] ^= 0x10;
        Path flipped = dir.resolve("flipped.tar.gz");
        Files.write(flipped, bytes);
        PackException e = assertThrows(PackException.class, () -> PackReader.check(flipped, manifest -> done -> { }));
        assertTrue(e.key().equals("pack.verify.checksum") || e.key().equals("pack.verify.corrupt"), e.key());
        assertEquals("images.tar", e.args()[0]);
    }

    @Test
    void aPackChangedAfterItsCheckFailsAtTheEndOfTheLoad() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        PackReader.Verified verified = PackReader.check(pack, manifest -> done -> { });
        byte[] bytes = Files.readAllBytes(pack);
        bytes[(int) verified.imagesMember() + 5000] ^= 0x10;
        Files.write(pack, bytes);
        try (InputStream images = PackReader.openForEngine(pack, verified)) {
            IOException e = assertThrows(IOException.class, images::readAllBytes);
            assertTrue(e.getMessage().contains("changed"), e.getMessage());
        }
    }
}
