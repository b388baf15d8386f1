package io.github.dockertutor.pack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;

/**
 * Reads a tar archive one entry at a time, as {@link TarOutput} writes it, with commons-compress's
 * header decoding: regular files only, every header's checksum checked, sizes in octal or in the
 * binary form of 8 GiB and up. Anything else is damage, or
 * not a course pack, and is refused with a {@link PackException} naming what is wrong.
 */
final class TarInput {
    private final InputStream in;
    private Bounded current = Bounded.entry(InputStream.nullInputStream(), 0, null);
    private int padding;

    TarInput(InputStream in) {
        this.in = in;
    }

    /** One entry's header. */
    record Entry(String path, long size) {
    }

    /** The next entry, its content readable through {@link #content()}; empty at the end of the archive. */
    Optional<Entry> next() throws IOException {
        skipRest();
        byte[] header = in.readNBytes(TarOutput.BLOCK);
        if (header.length < TarOutput.BLOCK) {
            throw new EOFException("archive ends inside a header");
        }
        if (allZero(header)) {
            return Optional.empty();
        }
        if (!TarUtils.verifyCheckSum(header)) {
            throw new PackException("pack.verify.badHeader");
        }
        TarArchiveEntry parsed;
        try {
            parsed = new TarArchiveEntry(header, ZipEncodingHelper.getZipEncoding(StandardCharsets.UTF_8), false);
        } catch (IllegalArgumentException | IOException e) {
            throw new PackException("pack.verify.badHeader");
        }
        String path = parsed.getName();
        if (!parsed.isFile() || parsed.isLink() || parsed.isSymbolicLink()) {
            throw new PackException("pack.verify.entryType", path);
        }
        long size = parsed.getSize();
        if (size < 0) {
            throw new PackException("pack.verify.badHeader");
        }
        current = Bounded.entry(in, size, "archive ends inside an entry");
        padding = (int) ((TarOutput.BLOCK - size % TarOutput.BLOCK) % TarOutput.BLOCK);
        return Optional.of(new Entry(path, size));
    }

    /** The current entry's content; reading past it answers end of stream. */
    InputStream content() {
        return current;
    }

    private void skipRest() throws IOException {
        long skip = current.remaining() + padding;
        while (skip > 0) {
            long skipped = in.skip(skip);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("archive ends inside an entry");
                }
                skipped = 1;
            }
            skip -= skipped;
        }
        current = Bounded.entry(InputStream.nullInputStream(), 0, null);
        padding = 0;
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
