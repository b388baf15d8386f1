package io.github.dockertutor.pack;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that is read in blocks: its one-byte read goes through its block read, so a
 * stream that counts, bounds or holds back bytes has one reading path, and no byte slips past it.
 */
abstract class BlockInputStream extends InputStream {
    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] buffer, int offset, int length) throws IOException;
}
