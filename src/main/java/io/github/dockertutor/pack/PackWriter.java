package io.github.dockertutor.pack;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a course pack: a gzip-compressed tar of manifest.json, then the lessons, then
 * images.tar (a {@code docker save}). The archive is written beside its final name and moved
 * there only when whole, so a pack that exists is a pack that was finished.
 */
public final class PackWriter {
    /** Fastest gzip: image layers are mostly compressed already, and a teacher waits for this. */
    private static final int LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 256 * 1024;

    private PackWriter() {
    }

    /** One lesson file: its path in the pack (under lessons/) and its content. */
    public record LessonFile(String path, byte[] content) {
    }

    /**
     * Writes the pack to {@code target}.
     *
     * @param base     the manifest without entries; they are filled in here
     * @param lessons  the lesson files, in the order to write them
     * @param images   the {@code docker save} tar, already written, with its SHA-256
     * @param progress told the bytes of content written so far, of {@link #contentSize}
     * @return the manifest as written
     */
    public static PackManifest write(Path target, PackManifest base, List<LessonFile> lessons, Path images,
                                     String imagesSha256, LongConsumer progress) throws IOException {
        Map<String, PackManifest.Entry> entries = new LinkedHashMap<>();
        for (LessonFile file : lessons) {
            EntryPaths.check(file.path());
            entries.put(file.path(), new PackManifest.Entry(file.content().length, Sha256.of(file.content())));
        }
        long imagesSize = Files.size(images);
        entries.put(PackManifest.IMAGES, new PackManifest.Entry(imagesSize, imagesSha256));
        PackManifest manifest = new PackManifest(base.format(), base.tutorVersion(), base.created(), base.images(),
                entries);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long[] written = {0};
        try (OutputStream file = Files.newOutputStream(part);
             GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(file, BUFFER), BUFFER) {
                 {
                     def.setLevel(LEVEL);
                 }
             };
             TarOutput tar = new TarOutput(gzip, base.created().getEpochSecond())) {
            tar.file(PackManifest.NAME, manifest.toJson());
            for (LessonFile lesson : lessons) {
                tar.file(lesson.path(), lesson.content());
                written[0] += lesson.content().length;
                progress.accept(written[0]);
            }
            try (InputStream in = Files.newInputStream(images)) {
                tar.file(PackManifest.IMAGES, imagesSize, new CountingInput(in, n -> {
                    written[0] += n;
                    progress.accept(written[0]);
                }));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /** The bytes of content a pack of these lessons and images holds: the progress bar's total. */
    public static long contentSize(List<LessonFile> lessons, Path images) throws IOException {
        long size = Files.size(images);
        for (LessonFile lesson : lessons) {
            size += lesson.content().length;
        }
        return size;
    }

    /** An output stream that counts what passes through, for a progress bar. */
    public static final class CountingOutput extends FilterOutputStream {
        private final LongConsumer counted;

        public CountingOutput(OutputStream out, LongConsumer counted) {
            super(out);
            this.counted = counted;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            counted.accept(length);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            counted.accept(1);
        }
    }

    /** An input stream that tells how many bytes each read gave. */
    static final class CountingInput extends java.io.FilterInputStream {
        private final LongConsumer counted;

        CountingInput(InputStream in, LongConsumer counted) {
            super(in);
            this.counted = counted;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                counted.accept(read);
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            int read = in.read();
            if (read >= 0) {
                counted.accept(1);
            }
            return read;
        }
    }
}
