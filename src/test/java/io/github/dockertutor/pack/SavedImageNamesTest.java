package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack whose hashes all add up can still lie in images.tar: the names it gives images are
 * checked against manifest.json as images.tar streams to the engine, and anything the manifest
 * does not say is refused before the engine gets the end of the tar.
 */
class SavedImageNamesTest {
    private static final byte[] LAYER = new byte[70_000];

    static {
        new Random(3).nextBytes(LAYER);
    }

    @TempDir
    Path dir;

    @Test
    void aSaveThatNamesWhatTheManifestListsPassesInAnyPieces() throws IOException {
        // docker.io/library/busybox and busybox:latest are one name; an untagged image is named nothing
        for (String tags : new String[] {"[\"busybox:latest\"]", "[\"docker.io/library/busybox\"]", "null", "[]"}) {
            byte[] tar = Packs.savedImages(LAYER, tags);
            assertArrayEquals(tar, read(tar, List.of(Packs.BUSYBOX)), tags);
        }
    }

    @Test
    void anExtraTagOnAnImageIsRefused() {
        byte[] tar = saved("[\"busybox:latest\",\"tensorflow/tensorflow:latest\"]");
        assertEquals("pack.verify.foreignTag", refused(tar, List.of(Packs.BUSYBOX)).key());
        assertEquals(List.of("python:3.11"),
                List.of(refused(saved("[\"python:3.11\"]"), List.of(Packs.BUSYBOX)).args()));
    }

    @Test
    void aTagTheManifestListsForAnotherImageIsRefused() {
        PackManifest.Image python = new PackManifest.Image("python:3.11", "sha256:" + "12".repeat(32), List.of(),
                1, "linux", "amd64");
        // the manifest lists python:3.11, but for another image than the one images.tar tags with it
        PackException e = refused(saved("[\"busybox:latest\",\"python:3.11\"]"), List.of(Packs.BUSYBOX, python));
        assertEquals("pack.verify.foreignTag", e.key());
    }

    @Test
    void anImageTheManifestListsButTheSaveLacksIsRefused() {
        PackManifest.Image python = new PackManifest.Image("python:3.11", "sha256:" + "12".repeat(32), List.of(),
                1, "linux", "amd64");
        PackException e = refused(saved("[\"busybox:latest\"]"), List.of(Packs.BUSYBOX, python));
        assertEquals("pack.verify.imageAbsent", e.key());
        assertEquals(List.of("python:3.11"), List.of(e.args()));
    }

    @Test
    void aConfigThatIsNotWhatItsNameSaysIsRefused() throws IOException {
        Map<String, byte[]> entries = entries(saved("[\"busybox:latest\"]"));
        // the engine would compute the id from this content, not from the file's name
        entries.put(Packs.CONFIG_HEX + ".json", "{\"os\":\"linux\",\"architecture\":\"arm64\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("pack.verify.savedNames", refused(Packs.tar(entries), List.of(Packs.BUSYBOX)).key());
    }

    @Test
    void theOlderRepositoriesFileAndTheOciIndexAreCheckedToo() throws IOException {
        Map<String, byte[]> repositories = entries(saved("[\"busybox:latest\"]"));
        repositories.put("repositories", "{\"python\":{\"3.11\":\"ab\"}}".getBytes(StandardCharsets.UTF_8));
        assertEquals("pack.verify.foreignTag", refused(Packs.tar(repositories), List.of(Packs.BUSYBOX)).key());
        Map<String, byte[]> index = entries(saved("[\"busybox:latest\"]"));
        index.put("index.json", ("{\"manifests\":[{\"annotations\":{\"io.containerd.image.name\":"
                + "\"docker.io/library/python:3.11\",\"org.opencontainers.image.ref.name\":\"3.11\"}}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("pack.verify.foreignTag", refused(Packs.tar(index), List.of(Packs.BUSYBOX)).key());
        Map<String, byte[]> sound = entries(saved("[\"busybox:latest\"]"));
        sound.put("repositories", "{\"busybox\":{\"latest\":\"ab\"}}".getBytes(StandardCharsets.UTF_8));
        sound.put("index.json", ("{\"manifests\":[{\"annotations\":{\"io.containerd.image.name\":"
                + "\"docker.io/library/busybox:latest\",\"org.opencontainers.image.ref.name\":\"latest\"}}]}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] tar = Packs.tar(sound);
        assertArrayEquals(tar, read(tar, List.of(Packs.BUSYBOX)));
    }

    @Test
    void aSecondManifestUnderAnotherSpellingOrALinkInItsPlaceIsRefused() throws IOException {
        Map<String, byte[]> twice = entries(saved("[\"busybox:latest\"]"));
        twice.put("./x/../manifest.json", "[]".getBytes(StandardCharsets.UTF_8));
        assertEquals("pack.verify.savedNames", refused(Packs.tar(twice), List.of(Packs.BUSYBOX)).key());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry link = new TarArchiveEntry("manifest.json", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("evil.json");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        assertEquals("pack.verify.savedNames", refused(bytes.toByteArray(), List.of(Packs.BUSYBOX)).key());
    }

    @Test
    void aLongNameIsFollowedAsTheEngineFollowsIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries(saved("[\"busybox:latest\"]")).entrySet()) {
                put(tar, entry.getKey(), entry.getValue());
            }
            // a pax path that unpacks onto manifest.json, with a tag the manifest does not list
            put(tar, "a/" + "b".repeat(120) + "/../../manifest.json",
                    ("[{\"Config\":\"" + Packs.CONFIG_HEX + ".json\",\"RepoTags\":[\"python:3.11\"]}]")
                            .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("pack.verify.savedNames", refused(bytes.toByteArray(), List.of(Packs.BUSYBOX)).key());
    }

    @Test
    void aPackWhoseImagesRetagIsRefusedWhenItsImagesAreOpenedForTheEngine() throws IOException {
        byte[] images = saved("[\"busybox:latest\",\"python:3.11\"]");
        Path imagesFile = Files.write(dir.resolve("images.tar"), images);
        Path pack = dir.resolve("crafted.tar.gz");
        // every hash is consistent: the manifest was written for this very images.tar
        PackWriter.write(pack, new PackManifest(PackManifest.FORMAT, "test", Packs.CREATED, List.of(Packs.BUSYBOX),
                Map.of()), Packs.lessons(), imagesFile, Sha256.of(images), done -> { });
        PackReader.Verified verified = PackReader.check(pack, manifest -> done -> { });
        long given = 0;
        try (InputStream engine = PackReader.openForEngine(pack, verified)) {
            byte[] buffer = new byte[4096];
            IOException e = assertThrows(IOException.class, () -> {
                while (engine.read(buffer) >= 0) {
                    // the engine reads on
                }
            });
            assertEquals("pack.verify.foreignTag", ((PackException) e.getCause()).key());
        }
    }

    private static byte[] saved(String repoTags) {
        try {
            return Packs.savedImages(LAYER, repoTags);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /** Streams the tar through the walker in uneven pieces, as the engine reads it; what passed. */
    private static byte[] read(byte[] tar, List<PackManifest.Image> images) {
        SavedImageNames names = new SavedImageNames(images);
        TarWalker walker = new TarWalker(names);
        Random pieces = new Random(tar.length);
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        for (int at = 0; at < tar.length; ) {
            int n = Math.min(tar.length - at, 1 + pieces.nextInt(3000));
            walker.feed(tar, at, n);
            passed.write(tar, at, n);
            at += n;
        }
        walker.finish();
        return passed.toByteArray();
    }

    private static PackException refused(byte[] tar, List<PackManifest.Image> images) {
        return assertThrows(PackException.class, () -> read(tar, images));
    }

    private static Map<String, byte[]> entries(byte[] tar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        TarInput input = new TarInput(new ByteArrayInputStream(tar));
        for (var next = input.next(); next.isPresent(); next = input.next()) {
            entries.put(next.get().path(), input.content().readAllBytes());
        }
        return entries;
    }
}
