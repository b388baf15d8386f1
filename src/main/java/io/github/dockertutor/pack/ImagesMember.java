package io.github.dockertutor.pack;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * images.tar's content compressed into a gzip member of its own, in a temporary file, as
 * {@code docker save} streams it: no uncompressed copy touches the disk, compressing (on every
 * core, {@link ParallelGzip}) overlaps the engine's export, and both SHA-256s (of the content, for the manifest's entry, and of the
 * compressed bytes, for {@link PackManifest.Member}) are taken in that one pass.
 * {@link PackWriter} then copies the member into the pack as it is.
 */
public final class ImagesMember implements AutoCloseable {
    /** Fastest gzip: a teacher waits for this, and most of a pack's size is layers either way. */
    static final int LEVEL = Deflater.BEST_SPEED;
    static final int BUFFER = 256 * 1024;

    private final Path file;
    private final MessageDigest contentDigest = Sha256.digest();
    private final MessageDigest compressedDigest = Sha256.digest();
    private final long[] contentSize = {0};
    private final long[] compressedSize = {0};
    private final OutputStream sink;
    private Done done;

    /** What was written: the file holding the member, and the sizes and SHA-256s of both sides. */
    public record Done(Path file, long contentSize, String contentSha256, long compressedSize, String compressedSha256) {
    }

    /** A new member in a temporary file in {@code dir} ({@link TempFiles}); {@link #close} deletes the file. */
    public static ImagesMember in(Path dir) throws IOException {
        return new ImagesMember(TempFiles.create(dir, "gz"));
    }

    private ImagesMember(Path file) throws IOException {
        this.file = file;
        try {
            OutputStream compressed = new DigestOutputStream(new Counting(
                    new BufferedOutputStream(Files.newOutputStream(file), BUFFER), compressedSize), compressedDigest);
            sink = new DigestOutputStream(new Counting(new ParallelGzip(compressed, LEVEL), contentSize), contentDigest);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(file);
            throw e;
        }
    }

    /** Where images.tar's content is written, uncompressed. */
    public OutputStream content() {
        return sink;
    }

    /** Ends the member; call once, after the whole content was written. */
    public Done finish() throws IOException {
        if (done == null) {
            sink.close();
            done = new Done(file, contentSize[0], Sha256.hex(contentDigest), compressedSize[0],
                    Sha256.hex(compressedDigest));
        }
        return done;
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            sink.close();
        } finally {
            TempFiles.delete(file);
        }
    }

    /** The gzip member that ends a pack after {@code contentSize} bytes of images.tar: padding and the two end blocks. */
    static byte[] tail(long contentSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = gzip(bytes)) {
            gzip.write(new byte[TarOutput.padding(contentSize) + 2 * TarOutput.BLOCK]);
        }
        return bytes.toByteArray();
    }

    static GZIPOutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, BUFFER) {
            {
                def.setLevel(LEVEL);
            }
        };
    }

    /** Counts the bytes that pass into {@code total[0]}. */
    private static final class Counting extends FilterOutputStream {
        private final long[] total;

        Counting(OutputStream out, long[] total) {
            super(out);
            this.total = total;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            total[0] += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            total[0]++;
        }
    }
}
