package io.github.dockertutor.pack;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a course pack. {@link #verify} reads all of it once, before the engine is touched: the
 * manifest first, then every entry's size and SHA-256 against it, then gzip's own checksum at the
 * end. Only a pack that passes is handed, through {@link #openImages}, to the engine.
 */
public final class PackReader {
    private static final int BUFFER = 256 * 1024;

    private PackReader() {
    }

    /**
     * The manifest of a sound pack; a {@link PackException} naming what is wrong otherwise.
     *
     * @param progressFor given the manifest once read, answers what to tell the bytes of entries
     *                    read so far (the manifest's sizes add up to the total)
     */
    public static PackManifest verify(Path archive, java.util.function.Function<PackManifest, LongConsumer> progressFor) {
        String current = PackManifest.NAME;
        try (InputStream gzip = open(archive)) {
            TarInput tar = new TarInput(gzip);
            PackManifest manifest = readManifest(tar);
            LongConsumer progress = progressFor.apply(manifest);
            Set<String> seen = new HashSet<>();
            long done = 0;
            byte[] buffer = new byte[BUFFER];
            for (Optional<TarInput.Entry> next = tar.next(); next.isPresent(); next = tar.next()) {
                TarInput.Entry entry = next.get();
                current = entry.path();
                EntryPaths.check(entry.path());
                PackManifest.Entry expected = manifest.entries().get(entry.path());
                if (expected == null) {
                    throw new PackException("pack.verify.unlisted", entry.path());
                }
                if (!seen.add(entry.path())) {
                    throw new PackException("pack.verify.duplicate", entry.path());
                }
                if (entry.size() != expected.size()) {
                    throw new PackException("pack.verify.size", entry.path(), entry.size(), expected.size());
                }
                MessageDigest digest = Sha256.digest();
                InputStream content = tar.content();
                int read;
                while ((read = content.read(buffer)) >= 0) {
                    digest.update(buffer, 0, read);
                    done += read;
                    progress.accept(done);
                }
                if (!Sha256.hex(digest).equals(expected.sha256())) {
                    throw new PackException("pack.verify.checksum", entry.path());
                }
            }
            current = null;
            for (String path : manifest.entries().keySet()) {
                if (!seen.contains(path)) {
                    throw new PackException("pack.verify.missing", path);
                }
            }
            // gzip checks its own CRC and length only at the very end: read up to there
            while (gzip.read(buffer) >= 0) {
                // padding after the tar's end blocks; nothing to keep
            }
            return manifest;
        } catch (NoSuchFileException e) {
            throw new PackException("pack.verify.noFile", archive);
        } catch (EOFException e) {
            throw new PackException(e, "pack.verify.truncated", where(current));
        } catch (ZipException e) {
            throw new PackException(e, "pack.verify.corrupt", where(current), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new PackException(e, "pack.verify.unreadable", archive, String.valueOf(e.getMessage()));
        }
    }

    /**
     * images.tar of a pack {@link #verify} passed, read again from the file; closing it closes
     * the file. Its SHA-256 is checked again as it is read: a file changed in between fails at the end.
     */
    public static InputStream openImages(Path archive, PackManifest manifest) throws IOException {
        InputStream gzip = open(archive);
        try {
            TarInput tar = new TarInput(gzip);
            for (Optional<TarInput.Entry> next = tar.next(); next.isPresent(); next = tar.next()) {
                if (next.get().path().equals(PackManifest.IMAGES)) {
                    return new Rehashed(tar.content(), gzip, manifest.entries().get(PackManifest.IMAGES).sha256());
                }
            }
            throw new PackException("pack.verify.missing", PackManifest.IMAGES);
        } catch (IOException | RuntimeException e) {
            gzip.close();
            throw e;
        }
    }

    private static PackManifest readManifest(TarInput tar) throws IOException {
        Optional<TarInput.Entry> first = tar.next();
        if (first.isEmpty() || !first.get().path().equals(PackManifest.NAME)) {
            throw new PackException("pack.verify.noManifest");
        }
        if (first.get().size() > PackManifest.MAX_BYTES) {
            throw new PackException("pack.verify.manifestInvalid", "size " + first.get().size());
        }
        byte[] json = tar.content().readAllBytes();
        if (json.length != first.get().size()) {
            throw new EOFException("manifest cut short");
        }
        return PackManifest.parse(json);
    }

    private static InputStream open(Path archive) throws IOException {
        InputStream file = Files.newInputStream(archive);
        try {
            return new GZIPInputStream(new BufferedInputStream(file, BUFFER), BUFFER);
        } catch (ZipException e) {
            file.close();
            throw new PackException(e, "pack.verify.notPack", archive);
        } catch (EOFException e) {
            file.close();
            throw new PackException(e, "pack.verify.truncated", PackManifest.NAME);
        }
    }

    private static String where(String entry) {
        return entry == null ? "(end)" : entry;
    }

    /** The images entry, hashed as it is read; a mismatch at its end is an IOException for the engine call. */
    private static final class Rehashed extends DigestInputStream {
        private final InputStream file;
        private final String expected;
        private boolean checked;

        Rehashed(InputStream content, InputStream file, String expected) {
            super(content, Sha256.digest());
            this.file = file;
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

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
