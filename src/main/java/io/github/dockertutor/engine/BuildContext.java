package io.github.dockertutor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The files sent to the engine for a build: the context folder less what {@code .dockerignore}
 * leaves out. The Dockerfile and .dockerignore always go (the engine needs them), links are sent
 * as links and never followed, so nothing outside the context folder is ever read.
 */
public final class BuildContext {
    private final Path root;
    private final List<Path> files;
    private final long totalBytes;

    private BuildContext(Path root, List<Path> files, long totalBytes) {
        this.root = root;
        this.files = files;
        this.totalBytes = totalBytes;
    }

    /** Walks the context folder and decides what goes. */
    public static BuildContext scan(Path root, String dockerfile) throws IOException {
        Path dockerignore = root.resolve(".dockerignore");
        DockerIgnore ignore = Files.isRegularFile(dockerignore)
                ? DockerIgnore.parse(Files.readString(dockerignore, StandardCharsets.UTF_8))
                : DockerIgnore.none();
        String dockerfilePath = DockerIgnore.clean(dockerfile);
        List<Path> files = new ArrayList<>();
        long[] total = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, dir);
                if (ignore.isIgnored(relative) && !ignore.hasExclusions()) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!ignore.isIgnored(relative)) {
                    files.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(root, file);
                boolean always = relative.equals(dockerfilePath) || relative.equals(".dockerignore");
                if (always || !ignore.isIgnored(relative)) {
                    files.add(file);
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable file is left out, as the engine could not use it either
                return FileVisitResult.CONTINUE;
            }
        });
        return new BuildContext(root, files, total[0]);
    }

    /** How many bytes of file content would be sent: the learner is warned above 100 MB. */
    public long totalBytes() {
        return totalBytes;
    }

    /** The paths that go, relative to the context, with forward slashes. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Path file : files) {
            paths.add(relative(root, file));
        }
        return paths;
    }

    /** Writes the context as the tar stream the engine's build API takes. */
    public void writeTar(OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path file : files) {
                String name = relative(root, file);
                TarArchiveEntry entry;
                if (Files.isSymbolicLink(file)) {
                    entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(file).toString().replace('\\', '/'));
                } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    entry = new TarArchiveEntry(file.toFile(), name + "/");
                } else {
                    entry = new TarArchiveEntry(file.toFile(), name);
                }
                entry.setMode(mode(file, entry));
                entry.setUserId(0);
                entry.setGroupId(0);
                entry.setUserName("");
                entry.setGroupName("");
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(tar);
                    }
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    private static int mode(Path file, TarArchiveEntry entry) {
        int type = entry.isSymbolicLink() ? 0120000 : entry.isDirectory() ? 040000 : 0100000;
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int bits = 0;
            for (PosixFilePermission permission : permissions) {
                bits |= 1 << (8 - permission.ordinal());
            }
            return type | bits;
        } catch (UnsupportedOperationException | IOException e) {
            // Windows has no POSIX modes; the docker CLI sends 0755 there too
            return type | 0755;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
