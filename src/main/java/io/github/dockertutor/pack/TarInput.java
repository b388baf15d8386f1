package io.github.dockertutor.pack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a ustar archive one entry at a time, as {@link TarOutput} writes it: regular files only,
 * every header's checksum checked, every size and path read strictly. Anything else is damage, or
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
        long stored = octal(header, 148, 8);
        if (stored != TarOutput.checksum(header)) {
            throw new PackException("pack.verify.badHeader");
        }
        byte type = header[156];
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        if (type != '0' && type != 0) {
            throw new PackException("pack.verify.entryType", path);
        }
        long size = octal(header, 124, 12);
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

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** An octal field; a field that is not octal digits (spaces and NULs aside) is damage. */
    private static long octal(byte[] header, int offset, int length) {
        long value = 0;
        boolean digits = false;
        for (int i = offset; i < offset + length; i++) {
            byte b = header[i];
            if (b == 0 || b == ' ') {
                if (digits) {
                    break;
                }
                continue;
            }
            if (b < '0' || b > '7' || value > (Long.MAX_VALUE >> 3)) {
                throw new PackException("pack.verify.badHeader");
            }
            value = value * 8 + (b - '0');
            digits = true;
        }
        if (!digits) {
            throw new PackException("pack.verify.badHeader");
        }
        return value;
    }
}
