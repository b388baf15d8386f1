package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void aWrittenPackIsCheckedByItsImagesMemberAndTheEngineGetsImagesTar() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        long[] last = {0};
        PackReader.Verified verified = PackReader.check(pack, manifest -> done -> last[0] = done);
        PackManifest.Member member = verified.manifest().imagesMember().orElseThrow();
        assertEquals(Files.size(pack) - member.size() - member.tailSize(), verified.imagesMember());
        long total = verified.manifest().entries().values().stream().mapToLong(PackManifest.Entry::size).sum();
        assertEquals(total, last[0], "progress ends at the total");
        try (InputStream images = PackReader.openForEngine(pack, verified)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("images-src.tar")), images.readAllBytes());
        }
    }

    @Test
    void thePackStillReadsAsOneGzipTarForAnyReader() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        byte[] tar = Packs.gunzip(pack);
        assertEquals(0, tar.length % TarOutput.BLOCK);
        TarInput input = new TarInput(new java.io.ByteArrayInputStream(tar));
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (var next = input.next(); next.isPresent(); next = input.next()) {
            paths.add(next.get().path());
        }
        assertEquals(java.util.List.of("manifest.json", "lessons/03-pull-an-image/lesson.yaml",
                "lessons/03-pull-an-image/zh-TW.md", "images.tar"), paths);
    }

    @Test
    void theSameTarCompressedAsOneMemberIsCheckedAndLoadedDecompressed() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        Path recompressed = dir.resolve("recompressed.tar.gz");
        Packs.gzipTo(Packs.gunzip(pack), recompressed);
        long[] last = {0};
        PackReader.Verified verified = PackReader.check(recompressed, manifest -> done -> last[0] = done);
        assertEquals(-1, verified.imagesMember());
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
    void aPackChangedAfterItsCheckFailsBeforeTheEngineGetsTheEndOfImagesTar() throws IOException {
        for (boolean recompressed : new boolean[] {false, true}) {
            Path pack = Packs.write(dir, IMAGE_BYTES);
            if (recompressed) {
                Packs.gzipTo(Packs.gunzip(pack), pack);
            }
            PackReader.Verified verified = PackReader.check(pack, manifest -> done -> { });
            byte[] bytes = Files.readAllBytes(pack);
            bytes[(int) (recompressed ? bytes.length / 2 : verified.imagesMember() + 5000)] ^= 0x10;
            Files.write(pack, bytes);
            long given = 0;
            try (InputStream images = PackReader.openForEngine(pack, verified)) {
                byte[] buffer = new byte[4096];
                int read;
                while ((read = images.read(buffer)) >= 0) {
                    given += read;
                }
                throw new AssertionError("a changed pack was read to its end");
            } catch (IOException e) {
                long imagesSize = verified.manifest().entries().get(PackManifest.IMAGES).size();
                assertTrue(given <= imagesSize - ImagesForEngine.HeldBack.HOLD, given + " bytes given, recompressed "
                        + recompressed + ": " + e);
            }
        }
    }
}
