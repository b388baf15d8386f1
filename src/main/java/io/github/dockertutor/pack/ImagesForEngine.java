package io.github.dockertutor.pack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.zip.GZIPInputStream;

/**
 * images.tar of a checked pack as the engine reads it: decompressed on a thread of its own while
 * the engine reads, its SHA-256 taken again on the way, and its end held back until every check
 * on the way has passed, so a pack changed after its check never reaches the engine whole.
 */
final class ImagesForEngine {
    private static final int BUFFER = 256 * 1024;

    private ImagesForEngine() {
    }

    /**
     * What the engine loads from a pack {@link PackReader#check} passed: images.tar, read on a
     * thread of its own ({@link ReadAhead}), its last {@link HeldBack#HOLD} bytes (the tar's end,
     * and {@code docker save}'s own manifest) held back until every check on the way has passed.
     * When the images member was checked by its compressed SHA-256, it is decompressed here (zlib
     * beats the engine's own gunzip, and the engine untars meanwhile), that SHA-256 is taken again
     * on the way, so a file changed since the check fails, and the member's CRC checks the
     * decompression. Otherwise it is read again as {@link PackReader#openImages} does. Either way
     * the names it would give images are checked on the way ({@link SavedImageNames}), also before
     * its end is given: a pack that would retag an image reaches the engine cut short, and loads
     * nothing. Closing it closes the file.
     */
    static InputStream open(Path archive, PackReader.Verified verified, SavedImageNames names) throws IOException {
        long size = verified.manifest().entries().get(PackManifest.IMAGES).size();
        if (verified.imagesMember() < 0) {
            return new HeldBack(new ReadAhead(new NamesChecked(PackReader.openImages(archive, verified.manifest()),
                    names)), size);
        }
        PackManifest.Member member = verified.manifest().imagesMember().orElseThrow();
        InputStream compressed = new Rehashed(MemberCheck.range(archive, verified.imagesMember(), member.size()),
                member.sha256());
        try {
            return new HeldBack(new ReadAhead(new NamesChecked(
                    new Drained(new GZIPInputStream(compressed, BUFFER), compressed), names)), size);
        } catch (IOException | RuntimeException e) {
            compressed.close();
            throw e;
        }
    }

    /** {@code content}, whose SHA-256 must be {@code sha256}: an IOException at its end otherwise. */
    static InputStream rehashed(InputStream content, String sha256) {
        return new Rehashed(content, sha256);
    }

    /** {@code content}, whose closing closes {@code file}. */
    static InputStream closing(InputStream content, InputStream file) {
        return new Closing(content, file);
    }

    /** The images, hashed as they are read; a mismatch at their end is an IOException for the engine call. */
    private static final class Rehashed extends DigestInputStream {
        private final String expected;
        private boolean checked;

        Rehashed(InputStream content, String expected) {
            super(content, Sha256.digest());
            this.expected = expected;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read < 0 && !checked) {
                checked = true;
                if (!Sha256.hex(getMessageDigest()).equals(expected)) {
                    throw new IOException("images.tar changed since it was verified");
                }
            }
            return read;
        }
    }

    /**
     * A decompressed member that, at its end, reads what lies under it to the end too: gzip stops
     * at its trailer, and the SHA-256 of the compressed bytes is checked only at their end. Every
     * read, one byte or a skip too, goes through that check ({@link BlockInputStream}).
     */
    private static final class Drained extends BlockInputStream {
        private final InputStream in;
        private final InputStream compressed;

        Drained(InputStream decompressed, InputStream compressed) {
            this.in = decompressed;
            this.compressed = compressed;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read < 0 && compressed.read(new byte[1], 0, 1) >= 0) {
                throw new IOException("images.tar has bytes after its end");
            }
            return read;
        }
    }

    /**
     * images.tar for the engine, its last {@link #HOLD} bytes given only once the stream under it
     * has ended with its checks passed: a file changed after {@link #check} then reaches the
     * engine without its end, a tar the engine refuses whole, rather than complete.
     */
    static final class HeldBack extends BlockInputStream {
        static final int HOLD = 64 * 1024;
        private final InputStream in;
        private final long size;
        private long given;
        private byte[] tail;
        private int tailAt;

        HeldBack(InputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            long free = size - HOLD - given;
            if (tail == null && free > 0) {
                int read = in.read(buffer, offset, (int) Math.min(length, free));
                if (read < 0) {
                    throw new EOFException("images.tar ended early");
                }
                given += read;
                return read;
            }
            if (tail == null) {
                tail = in.readNBytes((int) (size - given));
                if (tail.length != size - given) {
                    throw new EOFException("images.tar ended early");
                }
                if (in.read(new byte[1], 0, 1) >= 0) {
                    throw new IOException("images.tar has bytes after its end");
                }
            }
            if (tailAt == tail.length) {
                return -1;
            }
            int n = Math.min(length, tail.length - tailAt);
            System.arraycopy(tail, tailAt, buffer, offset, n);
            tailAt += n;
            given += n;
            return n;
        }

        @Override
        public int available() {
            return tail == null ? 0 : tail.length - tailAt;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * images.tar read through a {@link TarWalker}, so the names it gives images are checked as it
     * streams; a refusal is an IOException (the engine call fails) whose reason {@code names} keeps.
     */
    private static final class NamesChecked extends BlockInputStream {
        private final InputStream in;
        private final SavedImageNames names;
        private final TarWalker walker;
        private boolean finished;

        NamesChecked(InputStream in, SavedImageNames names) {
            this.in = in;
            this.names = names;
            this.walker = new TarWalker(names);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            try {
                if (read > 0) {
                    walker.feed(buffer, offset, read);
                } else if (read < 0 && !finished) {
                    finished = true;
                    walker.finish();
                }
            } catch (PackException e) {
                PackException why = names.refuse(e);
                throw new IOException("images.tar refused: " + why.key(), why);
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** An entry's content whose closing closes the whole file. */
    private static final class Closing extends java.io.FilterInputStream {
        private final InputStream file;

        Closing(InputStream content, InputStream file) {
            super(content);
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
