package io.github.dockertutor.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipEncodingHelper;

/**
 * Reads a tar as it streams past, holding none of it: bytes are {@link #feed fed} in whatever
 * pieces they come, and each entry's header, then its content, go to {@link Entries}. Used on
 * images.tar on its way to the engine, so its names are checked without a second pass over gigabytes.
 * Long names (GNU and pax) are followed, as the engine's own reader follows them.
 */
final class TarWalker {
    /** What an entry is, as far as checking names goes. */
    enum Kind { FILE, DIRECTORY, LINK, OTHER }

    /** Where the entries go. */
    interface Entries {
        /** A new entry; answers where its content goes, or null to let it pass unread. */
        Content entry(String name, Kind kind, long size);

        /** The archive ended (its end blocks came); nothing is wrong with its layout. */
        void end();
    }

    /** An entry's content, in pieces, then {@link #done}. */
    interface Content {
        void accept(byte[] bytes, int offset, int length);

        void done();
    }

    private static final int BLOCK = TarOutput.BLOCK;
    /** Far above any real long name or pax header. */
    private static final int MAX_EXTENDED_HEADER = 64 * 1024;

    private final Entries entries;
    private final byte[] header = new byte[BLOCK];
    private int headerFill;
    private long contentLeft;
    private long paddingLeft;
    private Content content;
    private String nextName;
    private Long nextSize;
    private boolean ended;

    TarWalker(Entries entries) {
        this.entries = entries;
    }

    /** The next bytes of the archive. A {@link PackException} when it is not a tar the engine would read as we do. */
    void feed(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n;
            if (contentLeft > 0) {
                n = (int) Math.min(length, contentLeft);
                content.accept(bytes, offset, n);
                contentLeft -= n;
                if (contentLeft == 0) {
                    finishContent();
                }
            } else if (paddingLeft > 0) {
                n = (int) Math.min(length, paddingLeft);
                paddingLeft -= n;
            } else {
                n = Math.min(length, BLOCK - headerFill);
                System.arraycopy(bytes, offset, header, headerFill, n);
                headerFill += n;
                if (headerFill == BLOCK) {
                    headerFill = 0;
                    header();
                }
            }
            offset += n;
            length -= n;
        }
    }

    /** The archive's bytes are over; it must have ended properly. */
    void finish() {
        if (!ended || contentLeft > 0 || paddingLeft > 0 || headerFill > 0) {
            throw names("the archive is not whole");
        }
        entries.end();
    }

    private void header() {
        if (allZero(header)) {
            ended = true;
            return;
        }
        if (ended) {
            throw names("data after the end of the archive");
        }
        if (!TarUtils.verifyCheckSum(header)) {
            throw names("a damaged entry header");
        }
        TarArchiveEntry parsed;
        try {
            parsed = new TarArchiveEntry(header, ZipEncodingHelper.getZipEncoding(StandardCharsets.UTF_8), false);
        } catch (IllegalArgumentException | IOException e) {
            throw names("a damaged entry header");
        }
        long size = nextSize != null ? nextSize : parsed.getSize();
        String name = nextName != null ? nextName : parsed.getName();
        nextName = null;
        nextSize = null;
        if (size < 0) {
            throw names("a damaged entry header");
        }
        if (parsed.isGNULongNameEntry() || parsed.isPaxHeader()) {
            if (size > MAX_EXTENDED_HEADER) {
                throw names("an oversized long-name header");
            }
            boolean pax = parsed.isPaxHeader();
            content = collect(bytes -> extended(bytes, pax));
        } else if (parsed.isGlobalPaxHeader()) {
            content = null;
        } else {
            content = entries.entry(name, kind(parsed), size);
        }
        contentLeft = size;
        paddingLeft = (BLOCK - size % BLOCK) % BLOCK;
        if (content == null) {
            content = IGNORED;
        }
        if (size == 0) {
            finishContent();
        }
    }

    private void finishContent() {
        Content done = content;
        content = null;
        done.done();
    }

    /** A GNU long name names the next entry; a pax header may give its path and its size. */
    private void extended(byte[] bytes, boolean pax) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!pax) {
            nextName = text.endsWith("\0") ? text.substring(0, text.indexOf('\0')) : text;
            return;
        }
        // records: "LENGTH key=value\n"
        int at = 0;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int end = text.indexOf('\n', at);
            if (space < 0 || end < 0 || space > end) {
                throw names("a damaged pax header");
            }
            String record = text.substring(space + 1, end);
            int equals = record.indexOf('=');
            if (equals > 0) {
                String key = record.substring(0, equals);
                String value = record.substring(equals + 1);
                if (key.equals("path")) {
                    nextName = value;
                } else if (key.equals("size")) {
                    try {
                        nextSize = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw names("a damaged pax header");
                    }
                }
            }
            at = end + 1;
        }
    }

    private static Kind kind(TarArchiveEntry entry) {
        if (entry.isSymbolicLink() || entry.isLink()) {
            return Kind.LINK;
        }
        if (entry.isDirectory()) {
            return Kind.DIRECTORY;
        }
        return entry.isFile() ? Kind.FILE : Kind.OTHER;
    }

    /** Collects a small entry whole, then hands it over. */
    static Content collect(java.util.function.Consumer<byte[]> whole) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new Content() {
            @Override
            public void accept(byte[] piece, int offset, int length) {
                bytes.write(piece, offset, length);
            }

            @Override
            public void done() {
                whole.accept(bytes.toByteArray());
            }
        };
    }

    private static final Content IGNORED = new Content() {
        @Override
        public void accept(byte[] bytes, int offset, int length) {
            // an entry no one asked to read
        }

        @Override
        public void done() {
            // nothing was kept
        }
    };

    static PackException names(String detail) {
        return new PackException("pack.verify.savedNames", detail);
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
