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

/** Course packs made without an engine: a few lesson files and random bytes standing in for docker save. */
final class Packs {
    static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");
    static final PackManifest.Image BUSYBOX = new PackManifest.Image("busybox:latest",
            "sha256:" + "ab".repeat(32), List.of("busybox@sha256:" + "cd".repeat(32)), 4_300_000, "linux", "amd64");

    private Packs() {
    }

    static List<PackWriter.LessonFile> lessons() {
        return List.of(
                new PackWriter.LessonFile("lessons/03-pull-an-image/lesson.yaml", "id: 03-pull-an-image\n".getBytes(StandardCharsets.UTF_8)),
                new PackWriter.LessonFile("lessons/03-pull-an-image/zh-TW.md", "# 拉取映像檔\n".getBytes(StandardCharsets.UTF_8)));
    }

    /** A sound pack whose images.tar is {@code imageBytes} random (incompressible) bytes. */
    static Path write(Path dir, int imageBytes) throws IOException {
        byte[] images = new byte[imageBytes];
        new Random(42).nextBytes(images);
        Path imagesFile = dir.resolve("images-src.tar");
        Files.write(imagesFile, images);
        Path target = dir.resolve("course.tar.gz");
        PackManifest base = new PackManifest(PackManifest.FORMAT, "test", CREATED, List.of(BUSYBOX), Map.of());
        PackWriter.write(target, base, lessons(), imagesFile, Sha256.of(images), done -> { });
        return target;
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
