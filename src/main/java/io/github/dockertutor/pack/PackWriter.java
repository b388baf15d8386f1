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
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a course pack: a gzip-compressed tar of manifest.json, then the lessons, then images.tar
 * (a {@code docker save}). The file is three gzip members one after another, which every gzip
 * reader reads as one stream: the tar up to images.tar's header; images.tar's content alone, as
 * {@link ImagesMember} compressed it while the engine exported it; then the padding and end
 * blocks. The manifest says where the middle member is ({@link PackManifest.Member}), so a learner's
 * load checks it without decompressing and hands it to the engine still compressed.
 * The archive is written beside its final name ({@link TempFiles}) and moved there only when whole,
 * so a pack that exists is a pack that was finished, and one that was not leaves nothing behind.
 */
public final class PackWriter {
    private static final int BUFFER = ImagesMember.BUFFER;

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
        Path parent = target.toAbsolutePath().getParent();
        try (ImagesMember member = ImagesMember.in(parent)) {
            Files.copy(images, member.content());
            ImagesMember.Done done = member.finish();
            if (!done.contentSha256().equals(imagesSha256)) {
                throw new IOException(images + " changed while it was packed");
            }
            return write(target, base, lessons, done, progress);
        }
    }

    /**
     * Writes the pack to {@code target}, its images from an {@link ImagesMember} already finished.
     *
     * @param base     the manifest without entries; they are filled in here
     * @param lessons  the lesson files, in the order to write them
     * @param progress told the bytes of content written so far, of {@link #contentSize}
     * @return the manifest as written
     */
    public static PackManifest write(Path target, PackManifest base, List<LessonFile> lessons, ImagesMember.Done images,
                                     LongConsumer progress) throws IOException {
        Map<String, PackManifest.Entry> entries = new LinkedHashMap<>();
        for (LessonFile file : lessons) {
            EntryPaths.check(file.path());
            entries.put(file.path(), new PackManifest.Entry(file.content().length, Sha256.of(file.content())));
        }
        entries.put(PackManifest.IMAGES, new PackManifest.Entry(images.contentSize(), images.contentSha256()));
        byte[] tail = ImagesMember.tail(images.contentSize());
        PackManifest manifest = base.with(entries, Optional.of(
                new PackManifest.Member(images.compressedSize(), images.compressedSha256(), tail.length)));
        Path part = TempFiles.create(target.toAbsolutePath().getParent(), "part");
        long[] written = {0};
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), BUFFER)) {
            // the first member: never closed as a TarOutput, whose end blocks come in the last member
            GZIPOutputStream head = ImagesMember.gzip(new NotClosing(file));
            TarOutput tar = new TarOutput(head, base.created().getEpochSecond());
            tar.file(PackManifest.NAME, manifest.toJson());
            for (LessonFile lesson : lessons) {
                tar.file(lesson.path(), lesson.content());
                written[0] += lesson.content().length;
                progress.accept(written[0]);
            }
            tar.headerOnly(PackManifest.IMAGES, images.contentSize());
            head.close();
            // the middle member as it is; progress counts it in content bytes, ending at contentSize
            long lessonBytes = written[0];
            double contentPerByte = images.contentSize() / (double) Math.max(1, images.compressedSize());
            try (InputStream in = Files.newInputStream(images.file())) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    file.write(buffer, 0, read);
                    written[0] += read;
                    progress.accept(lessonBytes + Math.min(images.contentSize(),
                            (long) ((written[0] - lessonBytes) * contentPerByte)));
                }
            }
            progress.accept(lessonBytes + images.contentSize());
            file.write(tail);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(part);
            throw e;
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(part);
            throw e;
        }
        TempFiles.done(part);
        return manifest;
    }

    /** The bytes of content a pack of these lessons and images holds: the progress bar's total. */
    public static long contentSize(List<LessonFile> lessons, long imagesSize) {
        long size = imagesSize;
        for (LessonFile lesson : lessons) {
            size += lesson.content().length;
        }
        return size;
    }

    /** The first member's gzip ends without closing the file the others follow in. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
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
