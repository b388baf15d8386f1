package io.github.dockertutor.check;

import io.github.dockertutor.i18n.ShortList;
import io.github.dockertutor.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A file a check reads from the learner's workspace. The linter already refuses paths that leave
 * the workspace; the workspace's own rule refuses them again on real paths (links that lead
 * outside too), because a check reads the learner's disk and must never read past the workspace.
 */
final class WorkspaceFile {
    /** A check reads at most this much of a file. */
    static final int MAX_BYTES = 1024 * 1024;

    private WorkspaceFile() {
    }

    /** Where a relative path leads, or the failure that says why the check cannot read it. */
    record Resolved(Path path, CheckResult failure) {
        boolean found() {
            return failure == null;
        }
    }

    static Resolved resolve(Path workspace, String relative, String missingKey) {
        Optional<Path> target = new Workspace(workspace).resolve(relative);
        if (target.isEmpty()) {
            return new Resolved(null, CheckResult.failed("check.file.outside", relative));
        }
        if (!Files.exists(target.get())) {
            return new Resolved(null, CheckResult.failed(missingKey, relative, ShortList.of(listing(workspace))));
        }
        try {
            Path real = target.get().toRealPath();
            if (Files.isDirectory(real)) {
                return new Resolved(null, CheckResult.failed("check.file.isFolder", relative));
            }
            return new Resolved(real, null);
        } catch (IOException e) {
            return new Resolved(null, CheckResult.failed("check.file.unreadable", relative, String.valueOf(e.getMessage())));
        }
    }

    /** How deep a wildcard path is looked for: a workspace is a handful of folders. */
    private static final int SEARCH_DEPTH = 6;

    /** The first file, in name order, whose path in the workspace matches a pattern with {@code *}; none when none does. */
    static Optional<String> firstMatch(Path workspace, String pattern) {
        java.nio.file.PathMatcher matcher = workspace.getFileSystem().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.walk(workspace, SEARCH_DEPTH)) {
            return files.filter(Files::isRegularFile).map(workspace::relativize).filter(matcher::matches)
                    .map(relative -> relative.toString().replace('\\', '/')).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first {@link #MAX_BYTES} of a file as UTF-8 text. */
    static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The names at the top of the workspace, sorted, folders with a trailing slash. */
    static List<String> listing(Path workspace) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(workspace)) {
            return names;
        }
        try (Stream<Path> entries = Files.list(workspace)) {
            entries.sorted().forEach(entry -> names.add(entry.getFileName() + (Files.isDirectory(entry) ? "/" : "")));
        } catch (IOException e) {
            // an unreadable workspace lists as empty; the failure message says the file is missing
        }
        return names;
    }
}
