package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.tui.PlainScreen;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack is read whole and checked against its manifest before anything reaches an engine. */
class PackReaderTest {
    private static final int IMAGE_BYTES = 300_000;

    @TempDir
    Path dir;

    @Test
    void aSoundPackVerifiesAndGivesBackItsImagesTar() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        long[] last = {0};
        PackManifest manifest = PackReader.verify(pack, read -> done -> last[0] = done);
        assertEquals(List.of(Packs.BUSYBOX), manifest.images());
        assertEquals(List.of("lessons/03-pull-an-image/lesson.yaml", "lessons/03-pull-an-image/zh-TW.md", "images.tar"),
                List.copyOf(manifest.entries().keySet()));
        long total = manifest.entries().values().stream().mapToLong(PackManifest.Entry::size).sum();
        assertEquals(total, last[0], "progress ends at the total");
        try (InputStream images = PackReader.openImages(pack, manifest)) {
            assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("images-src.tar")), images.readAllBytes()));
        }
    }

    @Test
    void theManifestComesFirstSoATeacherSeesItWithTar() throws IOException {
        byte[] tar = Packs.gunzip(Packs.write(dir, 1000));
        assertEquals("manifest.json", new String(tar, 0, "manifest.json".length(), StandardCharsets.US_ASCII));
    }

    @Test
    void aTruncatedPackIsRefusedNamingWhereItEnds() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        byte[] bytes = Files.readAllBytes(pack);
        for (int length : new int[] {bytes.length - 8, bytes.length - 100, bytes.length / 2}) {
            Path cut = dir.resolve("cut-" + length + ".tar.gz");
            Files.write(cut, Arrays.copyOf(bytes, length));
            PackException e = refused(cut);
            // cut in the gzip trailer, past the last file, it says so rather than naming a file
            assertTrue(List.of("pack.verify.truncated", "pack.verify.truncatedAtEnd").contains(e.key()),
                    e.key() + ": cut at " + length);
        }
        Files.write(dir.resolve("cut-end.tar.gz"), Arrays.copyOf(bytes, bytes.length - 4));
        assertEquals("pack.verify.truncatedAtEnd", refused(dir.resolve("cut-end.tar.gz")).key());
        Path cut = dir.resolve("cut-middle.tar.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(List.of("images.tar"), List.of(refused(cut).args()));
    }

    @Test
    void aFlippedByteInTheImagesIsRefusedAsDamageToImagesTar() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        byte[] tar = Packs.gunzip(pack);
        int content = indexOf(tar, "images.tar".getBytes(StandardCharsets.US_ASCII)) + TarOutput.BLOCK;
        tar[content + IMAGE_BYTES / 2] ^= 0x01;
        Path flipped = dir.resolve("flipped.tar.gz");
        Packs.gzipTo(tar, flipped);
        PackException e = refused(flipped);
        assertEquals("pack.verify.checksum", e.key());
        assertEquals(List.of("images.tar"), List.of(e.args()));
    }

    @Test
    void aFlippedByteInTheCompressedFileIsRefused() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        byte[] bytes = Files.readAllBytes(pack);
        for (int at : new int[] {bytes.length / 2, bytes.length * 3 / 4, bytes.length - 3}) {
            byte[] copy = bytes.clone();
            copy[at] ^= (byte) 0xff;
            Path flipped = dir.resolve("flip-" + at + ".tar.gz");
            Files.write(flipped, copy);
            PackException e = refused(flipped);
            assertTrue(List.of("pack.verify.checksum", "pack.verify.corrupt", "pack.verify.corruptAtEnd")
                    .contains(e.key()), e.key() + " at " + at);
            assertTrue(e.key().endsWith("AtEnd") || List.of(e.args()).contains("images.tar"),
                    List.of(e.args()) + " at " + at);
        }
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws IOException {
        Map<String, byte[]> entries = entries(Packs.gunzip(Packs.write(dir, 1000)));
        entries.put("lessons/03-pull-an-image/extra.md", "extra".getBytes(StandardCharsets.UTF_8));
        assertRefused(entries, "pack.verify.unlisted", "lessons/03-pull-an-image/extra.md");
    }

    @Test
    void anEntryEscapingThePackIsRefusedEvenBeforeItsContent() throws IOException {
        Map<String, byte[]> entries = entries(Packs.gunzip(Packs.write(dir, 1000)));
        entries.put("lessons/../../home/evil.sh", "rm -rf".getBytes(StandardCharsets.UTF_8));
        assertRefused(entries, "pack.verify.badPath", "lessons/../../home/evil.sh");
    }

    @Test
    void aMissingEntryAManifestWithoutItsPlaceAndAWrongSizeAreRefused() throws IOException {
        Map<String, byte[]> sound = entries(Packs.gunzip(Packs.write(dir, 1000)));
        Map<String, byte[]> missing = new LinkedHashMap<>(sound);
        missing.remove("lessons/03-pull-an-image/zh-TW.md");
        assertRefused(missing, "pack.verify.missing", "lessons/03-pull-an-image/zh-TW.md");

        Map<String, byte[]> noManifestFirst = new LinkedHashMap<>();
        sound.forEach((path, content) -> {
            if (!path.equals(PackManifest.NAME)) {
                noManifestFirst.put(path, content);
            }
        });
        noManifestFirst.put(PackManifest.NAME, sound.get(PackManifest.NAME));
        assertRefused(noManifestFirst, "pack.verify.noManifest");

        Map<String, byte[]> longer = new LinkedHashMap<>(sound);
        longer.put("lessons/03-pull-an-image/zh-TW.md", "# 拉取映像檔，再多一點\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(longer, "pack.verify.size", "lessons/03-pull-an-image/zh-TW.md",
                (long) longer.get("lessons/03-pull-an-image/zh-TW.md").length,
                (long) sound.get("lessons/03-pull-an-image/zh-TW.md").length);
    }

    @Test
    void somethingElseEntirelyIsNotAPack() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a pack at all, just some words");
        assertEquals("pack.verify.notPack", refused(text).key());
        assertEquals("pack.verify.noFile", refused(dir.resolve("nothing.tar.gz")).key());
    }

    @Test
    void aRefusedPackNeverReachesTheEngineAndSaysWhyInBothLanguages() throws IOException {
        Path pack = Packs.write(dir, IMAGE_BYTES);
        byte[] bytes = Files.readAllBytes(pack);
        Path cut = dir.resolve("cut.tar.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            StringWriter out = new StringWriter();
            PackLoader loader = new PackLoader(() -> fail("the engine was asked for before the pack passed"), messages,
                    new PlainScreen(new PrintWriter(out, true), 80));
            PackException e = assertThrows(PackException.class, () -> loader.load(cut));
            String message = e.message(messages);
            assertFalse(message.contains("{0}") || message.contains("[pack."), message);
            assertTrue(message.contains("images.tar"), message);
            assertEquals(language == Language.ZH_TW, message.contains("封存檔"), message);
        }
    }

    private void assertRefused(Map<String, byte[]> entries, String key, Object... args) throws IOException {
        Path pack = dir.resolve("crafted.tar.gz");
        Files.write(pack, Packs.tarGz(entries));
        PackException e = refused(pack);
        assertEquals(key, e.key());
        assertEquals(List.of(args), List.of(e.args()));
    }

    private static PackException refused(Path pack) {
        return assertThrows(PackException.class, () -> PackReader.verify(pack, manifest -> done -> { }));
    }

    /** The entries of an uncompressed pack, in order. */
    private static Map<String, byte[]> entries(byte[] tar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        TarInput input = new TarInput(new java.io.ByteArrayInputStream(tar));
        for (var next = input.next(); next.isPresent(); next = input.next()) {
            entries.put(next.get().path(), input.content().readAllBytes());
        }
        return entries;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i += TarOutput.BLOCK) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no entry header found");
    }
}
