package io.github.dockertutor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipEncoding;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;

/**
 * Writes a tar archive of regular files: all a course pack holds.
 */
final class TarOutput implements AutoCloseable {
    static final int BLOCK = 512;
    static final int NAME_BYTES = TarConstants.NAMELEN;
    static final int PREFIX_BYTES = TarConstants.PREFIXLEN;
    /** Where ustar keeps the prefix and the checksum in a header block. */
    private static final int PREFIX_OFFSET = 345;
    private static final int CHECKSUM_OFFSET = 148;
    private static final ZipEncoding UTF_8 = ZipEncodingHelper.getZipEncoding(StandardCharsets.UTF_8);
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

    /**
     * One entry's header, encoded by commons-compress (the library's own tar, as the build context
     * uses). Only the header, because a pack's images.tar content is compressed on other threads and
     * joins the stream later, which an archive output stream cannot do. Sizes of 8 GiB and up take
     * the GNU/star binary form that tar readers know. commons-compress writes long names as PAX
     * records only through its stream, so a path over 100 bytes goes into ustar's prefix field here,
     * as tar does: up to 255 bytes, split at a slash; anything longer is refused rather than cut.
     */
    static byte[] header(String path, long size, long modifiedSeconds) {
        String name = path;
        String prefix = "";
        if (bytes(path) > NAME_BYTES) {
            int split = path.lastIndexOf('/', Math.min(path.length() - 1, PREFIX_BYTES));
            while (split > 0 && (bytes(path.substring(0, split)) > PREFIX_BYTES
                    || bytes(path.substring(split + 1)) > NAME_BYTES)) {
                split = path.lastIndexOf('/', split - 1);
            }
            if (split <= 0) {
                throw new IllegalArgumentException("path too long for a tar entry: " + path);
            }
            prefix = path.substring(0, split);
            name = path.substring(split + 1);
        }
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(0100644);
        entry.setSize(size);
        entry.setModTime(modifiedSeconds * 1000);
        byte[] header = new byte[BLOCK];
        try {
            entry.writeEntryHeader(header, UTF_8, true);
            if (!prefix.isEmpty()) {
                TarUtils.formatNameBytes(prefix, header, PREFIX_OFFSET, PREFIX_BYTES, UTF_8);
                java.util.Arrays.fill(header, CHECKSUM_OFFSET, CHECKSUM_OFFSET + TarConstants.CHKSUMLEN, (byte) ' ');
                TarUtils.formatCheckSumOctalBytes(TarUtils.computeCheckSum(header), header, CHECKSUM_OFFSET,
                        TarConstants.CHKSUMLEN);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode a tar header for " + path, e);
        }
        return header;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
