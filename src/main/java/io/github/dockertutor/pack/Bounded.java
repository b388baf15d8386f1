package io.github.dockertutor.pack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** At most a given number of bytes of another stream: one entry of a tar, one range of a file. */
final class Bounded extends BlockInputStream {
    private final InputStream in;
    /** The message when the stream under it ends first; null when that is a plain end (a short file). */
    private final String endedEarly;
    private final boolean closesUnder;
    private long left;

    private Bounded(InputStream in, long length, String endedEarly, boolean closesUnder) {
        this.in = in;
        this.left = length;
        this.endedEarly = endedEarly;
        this.closesUnder = closesUnder;
    }

    /** {@code length} bytes of a file's stream, fewer when the file is shorter; closing it closes the file. */
    static Bounded range(InputStream file, long length) {
        return new Bounded(file, length, null, true);
    }

    /**
     * The next {@code length} bytes of an archive, which must hold them all: its end before them
     * is an EOFException saying {@code endedEarly}. Closing it leaves the archive open.
     */
    static Bounded entry(InputStream archive, long length, String endedEarly) {
        return new Bounded(archive, length, endedEarly, false);
    }

    /** The bytes not read yet. */
    long remaining() {
        return left;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (left <= 0) {
            return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(length, left));
        if (read < 0) {
            if (endedEarly != null) {
                throw new EOFException(endedEarly);
            }
            return -1;
        }
        left -= read;
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), left);
    }

    @Override
    public void close() throws IOException {
        if (closesUnder) {
            in.close();
        }
    }
}
