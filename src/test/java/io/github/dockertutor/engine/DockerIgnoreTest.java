package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerIgnoreTest {
    @Test
    void commentLinesAreNotPatterns() {
        DockerIgnore ignore = DockerIgnore.parse("# data\n#data\ndata\n");
        assertTrue(ignore.isIgnored("data"));
        assertFalse(ignore.isIgnored("#data"));
    }

    @Test
    void starStaysInOneFolderAndDoubleStarSpansMany() {
        DockerIgnore ignore = DockerIgnore.parse("*.csv\n**/*.pyc\n");
        assertTrue(ignore.isIgnored("train.csv"));
        assertFalse(ignore.isIgnored("data/train.csv"));
        assertTrue(ignore.isIgnored("a/b/c/x.pyc"));
        assertTrue(ignore.isIgnored("x.pyc"));
    }

    @Test
    void folderPatternCoversItsContents() {
        DockerIgnore ignore = DockerIgnore.parse("/data/\nnode_modules");
        assertTrue(ignore.isIgnored("data/big/file.bin"));
        assertTrue(ignore.isIgnored("node_modules/x/index.js"));
        assertFalse(ignore.isIgnored("src/data.txt"));
    }

    @Test
    void lastMatchWinsAndExclamationReincludes() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\n");
        assertTrue(ignore.isIgnored("notes.md"));
        assertFalse(ignore.isIgnored("README.md"));
        assertTrue(ignore.hasExclusions());
        DockerIgnore reversed = DockerIgnore.parse("!README.md\n*.md\n");
        assertTrue(reversed.isIgnored("README.md"));
    }

    @Test
    void questionMarkAndClasses() {
        DockerIgnore ignore = DockerIgnore.parse("log?.txt\n[ab].bin\n[!c]x");
        assertTrue(ignore.isIgnored("log1.txt"));
        assertFalse(ignore.isIgnored("log10.txt"));
        assertTrue(ignore.isIgnored("a.bin"));
        assertFalse(ignore.isIgnored("c.bin"));
        assertTrue(ignore.isIgnored("dx"));
        assertFalse(ignore.isIgnored("cx"));
    }

    @Test
    void contextAlwaysSendsDockerfileAndSkipsIgnoredFolders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
        Files.writeString(dir.resolve(".dockerignore"), "Dockerfile\ndata\n*.log\n");
        Files.createDirectories(dir.resolve("data/raw"));
        Files.writeString(dir.resolve("data/raw/big.csv"), "x".repeat(1000));
        Files.writeString(dir.resolve("app.py"), "print(1)\n");
        Files.writeString(dir.resolve("debug.log"), "noise\n");
        BuildContext context = BuildContext.scan(dir, "Dockerfile");
        List<String> paths = context.paths();
        assertTrue(paths.contains("Dockerfile"));
        assertTrue(paths.contains(".dockerignore"));
        assertTrue(paths.contains("app.py"));
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("data")));
        assertFalse(paths.contains("debug.log"));
        assertEquals(Files.size(dir.resolve("Dockerfile")) + Files.size(dir.resolve(".dockerignore"))
                + Files.size(dir.resolve("app.py")), context.totalBytes());
    }

    @Test
    void linksAreSentAsLinksNotFollowed(@TempDir Path dir) throws Exception {
        Path outside = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(outside, "secret");
            Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\n");
            Files.createSymbolicLink(dir.resolve("link"), outside);
            BuildContext context = BuildContext.scan(dir, "Dockerfile");
            var bytes = new java.io.ByteArrayOutputStream();
            context.writeTar(bytes);
            assertFalse(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("secret\u0000"),
                    "the content of a file outside the context must never be sent");
            assertEquals(Files.size(dir.resolve("Dockerfile")), context.totalBytes());
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
