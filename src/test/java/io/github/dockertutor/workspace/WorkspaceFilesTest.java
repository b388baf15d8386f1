package io.github.dockertutor.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class WorkspaceFilesTest {
    @TempDir
    Path dir;

    private Path workspace() throws IOException {
        return Files.createDirectories(dir.resolve("workspace"));
    }

    @Test
    void aSavedFileKeepsItsModeAndANewOneIsReadableByAll() throws IOException {
        Path root = workspace();
        WorkspaceFiles files = new WorkspaceFiles(new Workspace(root));
        Path script = Files.writeString(root.resolve("start.sh"), "echo old\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        files.save(script, "echo new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("echo new\n", Files.readString(script));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        Path page = root.resolve("www/index.html");
        files.save(page, "<h1>hi</h1>\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of("start.sh", "www"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aFileOutsideIsNeitherReadNorWrittenEvenThroughALink() throws IOException {
        Path root = workspace();
        Path secret = Files.writeString(dir.resolve("shadow"), "root:secret\n");
        Path link = Files.createSymbolicLink(root.resolve("Dockerfile"), secret);
        WorkspaceFiles files = new WorkspaceFiles(new Workspace(root));
        assertThrows(AccessDeniedException.class, () -> files.read(link));
        assertThrows(AccessDeniedException.class, () -> files.save(link, new byte[] {'x'}));
        assertThrows(AccessDeniedException.class, () -> files.save(dir.resolve("elsewhere"), new byte[] {'x'}));
        assertEquals("root:secret\n", Files.readString(secret));
    }

    @Test
    void aLinkSwappedInWhileTheFileWasOpenIsRefusedAtSaving() throws IOException {
        Path root = workspace();
        Path secret = Files.writeString(dir.resolve("shadow"), "root:secret\n");
        Path file = Files.writeString(root.resolve("Dockerfile"), "FROM busybox\n");
        WorkspaceFiles files = new WorkspaceFiles(new Workspace(root));
        assertArrayEquals("FROM busybox\n".getBytes(StandardCharsets.UTF_8), files.read(file).orElseThrow());
        Files.delete(file);
        Files.createSymbolicLink(file, secret);
        assertThrows(AccessDeniedException.class, () -> files.save(file, "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("root:secret\n", Files.readString(secret));
    }

    @Test
    void aLinkInsideIsFollowedAndStaysALink() throws IOException {
        Path root = workspace();
        Path real = Files.writeString(root.resolve("real.txt"), "a\n");
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), real.getFileName());
        new WorkspaceFiles(new Workspace(root)).save(link, "b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("b\n", Files.readString(real));
        assertEquals(true, Files.isSymbolicLink(link));
    }
}
