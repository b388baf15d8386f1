package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.pack.PackManifest;
import io.github.dockertutor.pack.PackWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs written by hand whose every hash adds up, loaded into a real engine: one whose images.tar
 * tags busybox also as tensorflow/tensorflow:latest, one whose manifest names an image images.tar
 * lacks. Each is refused, and the engine's images are exactly what they were: no tag lands, no
 * image is loaded. A pack made the same way from the same docker save, untouched, loads.
 */
class CraftedPackIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Messages EN = Messages.of(Language.EN);

    private static PrivateEngine engine;
    private static byte[] saved;
    private static String busyboxId;

    @TempDir
    static Path dir;

    @BeforeAll
    static void aLearnerEngineAndARealDockerSave() throws Exception {
        engine = PrivateEngine.start("p");
        engine.docker("pull", "busybox:latest");
        busyboxId = engine.docker("image", "inspect", "-f", "{{.Id}}", "busybox:latest").strip();
        Path save = dir.resolve("busybox-save.tar");
        engine.docker("save", "-o", save.toString(), "busybox:latest");
        saved = Files.readAllBytes(save);
        // a learner who never pulled anything: the pack is all there is
        engine.docker("rmi", "busybox:latest");
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aPackWhoseImagesTarAddsATagIsRefusedAndNoTagLands() throws Exception {
        byte[] retagging = rewrite(saved, "manifest.json", json -> {
            ArrayNode list = (ArrayNode) read(json);
            ((ArrayNode) list.get(0).get("RepoTags")).add("tensorflow/tensorflow:latest");
            return write(list);
        });
        String before = images();
        String output = load(pack("retagging", retagging, List.of(busybox())), 1);
        assertTrue(output.contains(EN.get("pack.load.refused", EN.get("pack.verify.foreignTag",
                "tensorflow/tensorflow:latest")).substring(0, 60)), output);
        assertEquals(before, images(), "a refused pack changed the engine's images");
        assertFalse(images().contains("tensorflow"), images());
    }

    @Test
    void aManifestNamingAnImageImagesTarLacksLoadsNothing() throws Exception {
        PackManifest.Image python = new PackManifest.Image("python:3.11", "sha256:" + "12".repeat(32), List.of(),
                50_000_000, "linux", "amd64");
        String before = images();
        String output = load(pack("absent", saved, List.of(busybox(), python)), 1);
        assertTrue(output.contains(EN.get("pack.verify.imageAbsent", "python:3.11")), output);
        assertEquals(before, images(), "the images that were there were loaded all the same");
    }

    @Test
    void theSameSaveUntouchedLoads() throws Exception {
        String output = load(pack("sound", saved, List.of(busybox())), 0);
        assertTrue(output.contains(EN.get("pack.load.done", 1)), output);
        assertTrue(images().contains("busybox:latest"), images());
        engine.docker("rmi", "busybox:latest");
    }

    private static PackManifest.Image busybox() {
        return new PackManifest.Image("busybox:latest", busyboxId, List.of(), saved.length, "linux", "amd64");
    }

    private static String load(Path pack, int expectedCode) throws Exception {
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of("DOCKER_HOST", engine.dockerHost()),
                "--lang", "en", "load", pack.toString())) {
            int code = tutor.finish(WAIT);
            String output = tutor.output();
            if (expectedCode == 0) {
                assertEquals(0, code, output);
            } else {
                assertNotEquals(0, code, output);
            }
            assertFalse(output.contains("Exception") || output.contains("\tat "), output);
            return output;
        }
    }

    /** A pack written as dockertutor pack writes one, its manifest made for exactly these images. */
    private static Path pack(String name, byte[] images, List<PackManifest.Image> listed) throws Exception {
        Path imagesFile = Files.write(dir.resolve(name + "-images.tar"), images);
        Path pack = dir.resolve(name + ".tar.gz");
        PackWriter.write(pack, new PackManifest(PackManifest.FORMAT, "crafted", Instant.now(), listed, Map.of()),
                List.of(), imagesFile, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(images)),
                done -> { });
        return pack;
    }

    private static String images() throws Exception {
        return engine.docker("images", "-a", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}").lines().sorted()
                .reduce("", (a, b) -> a + b + "\n");
    }

    /** The tar with one entry's content changed, everything else as it was. */
    private static byte[] rewrite(byte[] tar, String path, UnaryOperator<byte[]> change) throws IOException {
        Map<TarArchiveEntry, byte[]> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new java.io.ByteArrayInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                entries.put(entry, entry.getName().equals(path) ? change.apply(content) : content);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<TarArchiveEntry, byte[]> entry : entries.entrySet()) {
                entry.getKey().setSize(entry.getValue().length);
                out.putArchiveEntry(entry.getKey());
                out.write(entry.getValue());
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] write(com.fasterxml.jackson.databind.JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
