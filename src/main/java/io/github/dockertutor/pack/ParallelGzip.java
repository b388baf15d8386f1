package io.github.dockertutor.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip member compressed on every core, as pigz does: the content is cut into 1 MiB chunks,
 * each deflated on its own thread with the 32 KiB before it as dictionary and ended by a sync
 * flush, and the pieces are written in order between gzip's usual header and trailer. Any gzip
 * reader reads the result as one ordinary member; compressing no longer waits on the thread that
 * reads the engine's export, and the export no longer waits on one core's deflate.
 */
final class ParallelGzip extends OutputStream {
    private static final int CHUNK = 1024 * 1024;
    private static final int DICTIONARY = 32 * 1024;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final int level;
    private final ExecutorService workers;
    private final int maxPending;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private long size;
    private byte[] chunk = new byte[CHUNK];
    private int filled;
    private byte[] dictionary;
    private boolean closed;

    /** Compresses into {@code out} at {@code level}, which is closed with this stream. */
    ParallelGzip(OutputStream out, int level) throws IOException {
        this.out = out;
        this.level = level;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.maxPending = 2 * threads;
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "dockertutor-gzip");
            thread.setDaemon(true);
            return thread;
        });
        out.write(HEADER);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        crc.update(buffer, offset, length);
        size += length;
        while (length > 0) {
            int n = Math.min(length, CHUNK - filled);
            System.arraycopy(buffer, offset, chunk, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == CHUNK) {
                submit(false);
            }
        }
    }

    /** Ends the member: the last chunk, every piece in order, the trailer; then closes {@code out}. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(true);
            while (!pending.isEmpty()) {
                writeOldest();
            }
            byte[] trailer = new byte[8];
            int value = (int) crc.getValue();
            int length = (int) size;
            for (int i = 0; i < 4; i++) {
                trailer[i] = (byte) (value >>> (8 * i));
                trailer[4 + i] = (byte) (length >>> (8 * i));
            }
            out.write(trailer);
        } finally {
            workers.shutdownNow();
            out.close();
        }
    }

    private void submit(boolean last) throws IOException {
        byte[] data = chunk;
        int length = filled;
        byte[] before = dictionary;
        dictionary = length >= DICTIONARY ? Arrays.copyOfRange(data, length - DICTIONARY, length) : null;
        chunk = last ? null : new byte[CHUNK];
        filled = 0;
        pending.add(workers.submit(() -> deflate(data, length, before, last)));
        while (pending.size() > maxPending || !pending.isEmpty() && pending.peekFirst().isDone()) {
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        try {
            out.write(pending.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("compression interrupted");
        } catch (ExecutionException e) {
            throw new IOException("compression failed", e.getCause());
        }
    }

    /** One chunk as raw deflate: byte-aligned by a sync flush, or the stream's final block. */
    private byte[] deflate(byte[] data, int length, byte[] before, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (before != null) {
                deflater.setDictionary(before);
            }
            deflater.setInput(data, 0, length);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    compressed.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
