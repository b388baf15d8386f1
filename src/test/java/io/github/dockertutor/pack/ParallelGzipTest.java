package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The chunks compressed apart read back as one ordinary gzip member, whatever the length. */
class ParallelGzipTest {
    private static final int MIB = 1024 * 1024;

    @Test
    void manyChunksOfMixedDataReadBackWithAPlainGzipReader() throws IOException {
        byte[] content = mixed(3 * MIB + 12_345);
        byte[] compressed = compress(content, 7919); // odd writes straddle the chunk boundaries
        assertArrayEquals(content, gunzip(compressed));
        assertTrue(compressed.length < content.length * 3 / 4, "the text half compresses: " + compressed.length);
    }

    @Test
    void exactChunksOneByteAndNothingReadBackToo() throws IOException {
        for (int length : new int[] {2 * MIB, 1, 0}) {
            byte[] content = mixed(length);
            assertArrayEquals(content, gunzip(compress(content, 64 * 1024)), "length " + length);
        }
    }

    private static byte[] mixed(int length) {
        byte[] content = new byte[length];
        Random random = new Random(length);
        byte[] text = "FROM busybox\nRUN echo 映像檔\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < length; at += 4096) {
            if ((at / 4096) % 2 == 0) {
                System.arraycopy(text, 0, content, at, Math.min(Math.min(4096, text.length), length - at));
            } else {
                byte[] noise = new byte[Math.min(4096, length - at)];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, content, at, noise.length);
            }
        }
        return content;
    }

    private static byte[] compress(byte[] content, int step) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ParallelGzip gzip = new ParallelGzip(bytes, Deflater.BEST_SPEED)) {
            for (int at = 0; at < content.length; at += step) {
                gzip.write(content, at, Math.min(step, content.length - at));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
