package io.github.dockertutor.pack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Checks a pack laid out as {@link PackWriter} writes it without decompressing its images: the
 * first gzip member (manifest, lessons, images.tar's header) decompressed and checked entry by
 * entry; the images member by the SHA-256 of its compressed bytes; the last member by its exact
 * content. Every byte of the file is covered by one of the three, so a pack that passes is the
 * teacher's pack, byte for byte. Anything that does not fit this layout answers empty, and the
 * caller checks the slow way, which names the damage.
 */
final class MemberCheck {
    private static final int BUFFER = 256 * 1024;

    private MemberCheck() {
    }

    /** Where the images member starts, when the whole pack checks out this way; empty otherwise. */
    static OptionalLong check(Path archive, PackManifest manifest, LongConsumer progress) {
        try {
            return checked(archive, manifest, progress);
        } catch (IOException | PackException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong checked(Path archive, PackManifest manifest, LongConsumer progress) throws IOException {
        PackManifest.Member member = manifest.imagesMember().orElseThrow();
        long imagesSize = manifest.entries().get(PackManifest.IMAGES).size();
        long start = Files.size(archive) - member.size() - member.tailSize();
        if (start <= 0) {
            return OptionalLong.empty();
        }
        long[] done = {0};
        try (InputStream head = new GZIPInputStream(range(archive, 0, start), BUFFER)) {
            TarInput tar = new TarInput(head);
            PackReader.readManifest(tar);
            Set<String> seen = new HashSet<>();
            if (!PackReader.entries(tar, manifest, seen, new String[1], done, progress, true)
                    || head.read() >= 0) {
                return OptionalLong.empty(); // images.tar's header is not where the first member ends
            }
            PackReader.missing(manifest, seen);
        }
        long lessons = done[0];
        double contentPerByte = imagesSize / (double) Math.max(1, member.size());
        MessageDigest digest = Sha256.digest();
        try (InputStream images = range(archive, start, member.size())) {
            byte[] buffer = new byte[BUFFER];
            long read = 0;
            int n;
            while ((n = images.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                read += n;
                progress.accept(lessons + Math.min(imagesSize, (long) (read * contentPerByte)));
            }
            if (read != member.size() || !Sha256.hex(digest).equals(member.sha256())) {
                return OptionalLong.empty();
            }
        }
        byte[] end = new byte[TarOutput.padding(imagesSize) + 2 * TarOutput.BLOCK];
        try (InputStream tail = new GZIPInputStream(range(archive, start + member.size(), member.tailSize()))) {
            if (!Arrays.equals(end, tail.readNBytes(end.length + 1))) {
                return OptionalLong.empty();
            }
        }
        progress.accept(lessons + imagesSize);
        return OptionalLong.of(start);
    }

    /** {@code length} bytes of the file from {@code offset}, buffered; fewer when the file is shorter. */
    static InputStream range(Path file, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(offset);
            return new BufferedInputStream(Bounded.range(Channels.newInputStream(channel), length), BUFFER);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
