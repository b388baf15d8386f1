package io.github.dockertutor.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way the tutor reads a file it loads whole (progress, a learner's report, a config):
 * only a plain file (a FIFO would hang the start, a link to /dev/zero would never end), and only
 * up to a size far above any real one (a 200 MB file would exhaust memory). What is refused is an
 * {@link IOException} naming the file, for the caller to set aside or report.
 */
public final class SmallFile {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SmallFile() {
    }

    /** The file is not a plain file: a folder, a FIFO, a device. */
    public static final class NotAFile extends FileSystemException {
        public NotAFile(Path file) {
            super(file.toString(), null, "not a plain file");
        }
    }

    /** The file is larger than the tutor ever writes one. */
    public static final class TooLarge extends FileSystemException {
        public TooLarge(Path file, long max) {
            super(file.toString(), null, "larger than " + max + " bytes");
        }
    }

    /** The file's bytes; links are followed, to a plain file of at most {@code max} bytes only. */
    public static byte[] read(Path file, int max) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotAFile(file);
        }
        if (attributes.size() > max) {
            throw new TooLarge(file, max);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the size may have changed since: never more than max, whatever the file became
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLarge(file, max);
            }
            return bytes;
        }
    }

    /** The bytes without a leading UTF-8 byte order mark, which Notepad writes and JSON readers refuse. */
    public static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= UTF8_BOM.length && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)) {
            return Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length);
        }
        return bytes;
    }
}
