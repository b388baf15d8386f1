package io.github.dockertutor.pack;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a course pack. {@link #check} reads all of it once, before the engine is touched: the
 * manifest first, then every entry's size and SHA-256 against it, then gzip's own checksums. A
 * pack laid out as {@link PackWriter} writes it is checked by {@link MemberCheck} without
 * decompressing images.tar (the SHA-256 of its compressed member); any other pack, or one that
 * fails that check, is decompressed whole, which also names what is wrong. Only a pack that
 * passes is handed, through {@link #openForEngine}, to the engine.
 */
public final class PackReader {
    private static final int BUFFER = 256 * 1024;

    private PackReader() {
    }

    /**
     * A pack that passed {@link #check}.
     *
     * @param manifest     its manifest
     * @param imagesMember where the images member starts in the file, when it was checked as one;
     *                     -1 when images.tar was checked decompressed
     */
    public record Verified(PackManifest manifest, long imagesMember) {
    }

    /** The manifest of a sound pack; a {@link PackException} naming what is wrong otherwise. See {@link #check}. */
    public static PackManifest verify(Path archive, Function<PackManifest, LongConsumer> progressFor) {
        return check(archive, progressFor).manifest();
    }

    /**
     * A sound pack, checked whole; a {@link PackException} naming what is wrong otherwise.
     *
     * @param progressFor given the manifest once read, answers what to tell the bytes of entries
     *                    read so far (the manifest's sizes add up to the total); asked once
     */
    public static Verified check(Path archive, Function<PackManifest, LongConsumer> progressFor) {
        LongConsumer[] progress = {null};
        Function<PackManifest, LongConsumer> once = manifest -> {
            if (progress[0] == null) {
                progress[0] = progressFor.apply(manifest);
            }
            return progress[0];
        };
        OptionalLong member = OptionalLong.empty();
        PackManifest manifest = null;
        try (InputStream gzip = open(archive)) {
            manifest = readManifest(new TarInput(gzip));
        } catch (IOException | PackException e) {
            // the full check below reads the same start and says what is wrong with it
        }
        if (manifest != null && manifest.imagesMember().isPresent()) {
            member = MemberCheck.check(archive, manifest, once.apply(manifest));
        }
        if (member.isPresent()) {
            return new Verified(manifest, member.getAsLong());
        }
        return new Verified(verifyDecompressed(archive, once), -1);
    }

    /** The check that decompresses everything: for any gzip tar, and what names the damage. */
    private static PackManifest verifyDecompressed(Path archive, Function<PackManifest, LongConsumer> progressFor) {
        String[] current = {PackManifest.NAME};
        try (InputStream gzip = open(archive)) {
            TarInput tar = new TarInput(gzip);
            PackManifest manifest = readManifest(tar);
            LongConsumer progress = progressFor.apply(manifest);
            Set<String> seen = new HashSet<>();
            entries(tar, manifest, seen, current, new long[] {0}, progress, false);
            current[0] = null;
            missing(manifest, seen);
            // gzip checks its own CRC and length only at the very end: read up to there
            byte[] buffer = new byte[BUFFER];
            while (gzip.read(buffer) >= 0) {
                // padding after the tar's end blocks; nothing to keep
            }
            return manifest;
        } catch (NoSuchFileException e) {
            throw new PackException("pack.verify.noFile", archive);
        } catch (EOFException e) {
            throw current[0] == null ? new PackException(e, "pack.verify.truncatedAtEnd")
                    : new PackException(e, "pack.verify.truncated", current[0]);
        } catch (ZipException e) {
            throw current[0] == null ? new PackException(e, "pack.verify.corruptAtEnd", String.valueOf(e.getMessage()))
                    : new PackException(e, "pack.verify.corrupt", current[0], String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new PackException(e, "pack.verify.unreadable", archive, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks the entries after the manifest against it, adding each path to {@code seen}.
     *
     * @param current         set to the entry being read, for a message naming it
     * @param done            the content bytes read so far, added to
     * @param imagesElsewhere stop at images.tar's header, its content not read: true when that
     *                        header ended the tar read here
     */
    static boolean entries(TarInput tar, PackManifest manifest, Set<String> seen, String[] current, long[] done,
                           LongConsumer progress, boolean imagesElsewhere) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (Optional<TarInput.Entry> next = tar.next(); next.isPresent(); next = tar.next()) {
            TarInput.Entry entry = next.get();
            current[0] = entry.path();
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
            if (imagesElsewhere && entry.path().equals(PackManifest.IMAGES)) {
                return true;
            }
            MessageDigest digest = Sha256.digest();
            InputStream content = tar.content();
            int read;
            while ((read = content.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
                done[0] += read;
                progress.accept(done[0]);
            }
            if (!Sha256.hex(digest).equals(expected.sha256())) {
                throw new PackException("pack.verify.checksum", entry.path());
            }
        }
        return false;
    }

    /** Refuses a pack that lacks an entry its manifest lists. */
    static void missing(PackManifest manifest, Set<String> seen) {
        for (String path : manifest.entries().keySet()) {
            if (!seen.contains(path)) {
                throw new PackException("pack.verify.missing", path);
            }
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
                    return ImagesForEngine.rehashed(ImagesForEngine.closing(tar.content(), gzip),
                            manifest.entries().get(PackManifest.IMAGES).sha256());
                }
            }
            throw new PackException("pack.verify.missing", PackManifest.IMAGES);
        } catch (IOException | RuntimeException e) {
            gzip.close();
            throw e;
        }
    }

    /**
     * What the engine loads from a pack {@link #check} passed: images.tar, as {@link ImagesForEngine}
     * reads it, the names it gives images checked against the manifest on the way. Closing it
     * closes the file.
     */
    public static InputStream openForEngine(Path archive, Verified verified) throws IOException {
        return openForEngine(archive, verified, new SavedImageNames(verified.manifest().images()));
    }

    /** As {@link #openForEngine(Path, Verified)}; {@code names} keeps why its names were refused, if they were. */
    static InputStream openForEngine(Path archive, Verified verified, SavedImageNames names) throws IOException {
        return ImagesForEngine.open(archive, verified, names);
    }

    static PackManifest readManifest(TarInput tar) throws IOException {
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

    static InputStream open(Path archive) throws IOException {
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
}
