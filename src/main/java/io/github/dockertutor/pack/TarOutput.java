package io.github.dockertutor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a POSIX ustar archive of regular files: all a course pack holds. Paths up to 255 bytes
 * are split into ustar's prefix and name fields; anything longer is refused rather than cut.
 */
final class TarOutput implements AutoCloseable {
    static final int BLOCK = 512;
    private static final byte[] ZEROS = new byte[BLOCK];

    private final OutputStream out;
    private final long modifiedSeconds;

    TarOutput(OutputStream out, long modifiedSeconds) {
        this.out = out;
        this.modifiedSeconds = modifiedSeconds;
    }

    /** Writes one file entry whose content is exactly {@code size} bytes of {@code content}. */
    void file(String path, long size, InputStream content) throws IOException {
        out.write(header(path, size, modifiedSeconds));
        byte[] buffer = new byte[256 * 1024];
        long left = size;
        while (left > 0) {
            int read = content.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException(path + " ended " + left + " bytes early");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
        out.write(ZEROS, 0, padding(size));
    }

    /**
     * Writes only the header of an entry of {@code size} bytes: its content and padding
     * ({@link #padding}) follow in the stream by other means, and nothing else may be written
     * through this archive after it.
     */
    void headerOnly(String path, long size) throws IOException {
        out.write(header(path, size, modifiedSeconds));
    }

    /** The zeros after {@code size} bytes of content that fill its last block. */
    static int padding(long size) {
        return (int) ((BLOCK - size % BLOCK) % BLOCK);
    }

    void file(String path, byte[] content) throws IOException {
        file(path, content.length, new java.io.ByteArrayInputStream(content));
    }

    /** Two zero blocks end the archive; the stream underneath is left open. */
    @Override
    public void close() throws IOException {
        out.write(ZEROS);
        out.write(ZEROS);
        out.flush();
    }

    static byte[] header(String path, long size, long modifiedSeconds) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        String name = path;
        String prefix = "";
        if (bytes.length > 100) {
            int split = path.lastIndexOf('/', Math.min(path.length() - 1, 155));
            while (split > 0 && (path.substring(0, split).getBytes(StandardCharsets.UTF_8).length > 155
                    || path.substring(split + 1).getBytes(StandardCharsets.UTF_8).length > 100)) {
                split = path.lastIndexOf('/', split - 1);
            }
            if (split <= 0) {
                throw new IllegalArgumentException("path too long for a tar entry: " + path);
            }
            prefix = path.substring(0, split);
            name = path.substring(split + 1);
        }
        byte[] header = new byte[BLOCK];
        put(header, 0, 100, name.getBytes(StandardCharsets.UTF_8));
        octal(header, 100, 8, 0644);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, size);
        octal(header, 136, 12, modifiedSeconds);
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        put(header, 345, 155, prefix.getBytes(StandardCharsets.UTF_8));
        octal(header, 148, 7, checksum(header));
        return header;
    }

    static long checksum(byte[] header) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
        }
        return sum;
    }

    private static void put(byte[] header, int offset, int length, byte[] value) {
        System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
    }

    /** An octal number, zero-padded, NUL-terminated, in a field of {@code length} bytes. */
    private static void octal(byte[] header, int offset, int length, long value) {
        String text = Long.toOctalString(value);
        if (text.length() > length - 1) {
            throw new IllegalArgumentException("value too large for a tar field: " + value);
        }
        text = "0".repeat(length - 1 - text.length()) + text;
        put(header, offset, length - 1, text.getBytes(StandardCharsets.US_ASCII));
        header[offset + length - 1] = 0;
    }
}
