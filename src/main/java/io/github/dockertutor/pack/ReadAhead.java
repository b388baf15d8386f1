package io.github.dockertutor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on a thread of its own, a few blocks ahead of its reader: decompressing and
 * hashing a pack then overlaps with the engine call writing it to the socket, as in
 * {@code gunzip | docker load}. The stream's end, and any failure, reach the reader in order,
 * after every byte before them.
 */
final class ReadAhead extends BlockInputStream {
    private static final int BLOCK = 256 * 1024;
    private static final int AHEAD = 8;
    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile IOException failure;
    private byte[] current = new byte[0];
    private int at;
    private boolean ended;

    ReadAhead(InputStream in) {
        this.in = in;
        this.reader = new Thread(this::fill, "dockertutor-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void fill() {
        try {
            while (true) {
                byte[] block = in.readNBytes(BLOCK);
                if (block.length > 0) {
                    blocks.put(block);
                }
                if (block.length < BLOCK) {
                    blocks.put(END);
                    return;
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new IOException(e);
        } catch (InterruptedException e) {
            return; // closed by the reader
        }
        try {
            blocks.put(END);
        } catch (InterruptedException e) {
            // closed by the reader
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at == current.length) {
            if (ended) {
                return -1;
            }
            try {
                current = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading the pack was interrupted");
            }
            at = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
            }
        }
        int n = Math.min(length, current.length - at);
        System.arraycopy(current, at, buffer, offset, n);
        at += n;
        return n;
    }

    @Override
    public int available() {
        return current.length - at;
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
