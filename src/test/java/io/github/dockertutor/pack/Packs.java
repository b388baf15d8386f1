package io.github.dockertutor.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Course packs made without an engine: a few lesson files and a docker save laid out as the engine
 * writes one (its manifest.json naming a config, the config, a layer of random bytes).
 */
final class Packs {
    static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");
    /** An image config: the image's id is its SHA-256, as the engine computes it. */
    static final byte[] CONFIG = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}"
            .getBytes(StandardCharsets.UTF_8);
    static final String CONFIG_HEX = Sha256.of(CONFIG);
    static final PackManifest.Image BUSYBOX = new PackManifest.Image("busybox:latest",
            "sha256:" + CONFIG_HEX, List.of("busybox@sha256:" + "cd".repeat(32)), 4_300_000, "linux", "amd64");

    private Packs() {
    }

    static List<PackWriter.LessonFile> lessons() {
        return List.of(
                new PackWriter.LessonFile("lessons/03-pull-an-image/lesson.yaml", "id: 03-pull-an-image\n".getBytes(StandardCharsets.UTF_8)),
                new PackWriter.LessonFile("lessons/03-pull-an-image/zh-TW.md", "# 拉取映像檔\n".getBytes(StandardCharsets.UTF_8)));
    }

    /** A sound pack whose images.tar holds a layer of {@code imageBytes} random (incompressible) bytes. */
    static Path write(Path dir, int imageBytes) throws IOException {
        byte[] layer = new byte[imageBytes];
        new Random(42).nextBytes(layer);
        byte[] images = savedImages(layer, "[\"busybox:latest\"]");
        Path imagesFile = dir.resolve("images-src.tar");
        Files.write(imagesFile, images);
        Path target = dir.resolve("course.tar.gz");
        PackManifest base = new PackManifest(PackManifest.FORMAT, "test", CREATED, List.of(BUSYBOX), Map.of());
        PackWriter.write(target, base, lessons(), imagesFile, Sha256.of(images), done -> { });
        return target;
    }

    /**
     * A docker save of one image with this layer, its manifest.json giving these RepoTags (a JSON
     * list, or {@code null}): the config, the layer, then the manifest, in the engine's own order.
     */
    static byte[] savedImages(byte[] layer, String repoTags) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(CONFIG_HEX + ".json", CONFIG);
        entries.put("ef".repeat(32) + "/layer.tar", layer);
        entries.put("manifest.json", ("[{\"Config\":\"" + CONFIG_HEX + ".json\",\"RepoTags\":" + repoTags
                + ",\"Layers\":[\"" + "ef".repeat(32) + "/layer.tar\"]}]").getBytes(StandardCharsets.UTF_8));
        return tar(entries);
    }

    /** An uncompressed tar written entry by entry. */
    static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarOutput tar = new TarOutput(bytes, 0)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                tar.file(entry.getKey(), entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** A gzip tar written entry by entry, for archives no writer of ours would make. */
    static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes); TarOutput tar = new TarOutput(gzip, 0)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                tar.file(entry.getKey(), entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** The uncompressed tar inside a pack, to change and compress again. */
    static byte[] gunzip(Path pack) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(pack))) {
            return in.readAllBytes();
        }
    }

    static void gzipTo(byte[] tar, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(tar);
        }
    }
}
