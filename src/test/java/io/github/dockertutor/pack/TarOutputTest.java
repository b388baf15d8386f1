package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TarOutputTest {
    @Test
    void longPathsUseTheUstarPrefixAndReadBack() throws IOException {
        String path = "lessons/" + "a-long-lesson-folder-name-".repeat(4) + "/" + "章節".repeat(10) + ".md";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarOutput tar = new TarOutput(bytes, 1_700_000_000L)) {
            tar.file(path, "內容".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, bytes.size() % TarOutput.BLOCK);
        TarInput input = new TarInput(new ByteArrayInputStream(bytes.toByteArray()));
        TarInput.Entry entry = input.next().orElseThrow();
        assertEquals(path, entry.path());
        assertEquals("內容", new String(input.content().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(true, input.next().isEmpty());
    }

    @Test
    void aDamagedHeaderIsRefusedByItsChecksum() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarOutput tar = new TarOutput(bytes, 0)) {
            tar.file("lessons/a/b.md", new byte[10]);
        }
        byte[] tar = bytes.toByteArray();
        tar[3] ^= 0x20;
        PackException e = assertThrows(PackException.class, () -> new TarInput(new ByteArrayInputStream(tar)).next());
        assertEquals("pack.verify.badHeader", e.key());
    }

    @Test
    void anEntryOfEightGibibytesOrMoreKeepsItsSize() throws IOException {
        long size = 9L * 1024 * 1024 * 1024 + 7;
        byte[] header = TarOutput.header(PackManifest.IMAGES, size, 1_700_000_000L);
        byte[] archive = java.util.Arrays.copyOf(header, header.length + 1024);
        TarInput input = new TarInput(new ByteArrayInputStream(archive));
        TarInput.Entry entry = input.next().orElseThrow();
        assertEquals(PackManifest.IMAGES, entry.path());
        assertEquals(size, entry.size());
    }

    @Test
    void aPathThatCannotBeSplitIsRefusedNotCut() {
        assertThrows(IllegalArgumentException.class, () -> TarOutput.header("lessons/" + "x".repeat(120), 1, 0));
    }

    @Test
    void aLinkOrFolderEntryIsNotAPackFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
            var link = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("lessons/a",
                    org.apache.commons.compress.archivers.tar.TarConstants.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        PackException e = assertThrows(PackException.class,
                () -> new TarInput(new ByteArrayInputStream(bytes.toByteArray())).next());
        assertEquals("pack.verify.entryType", e.key());
    }
}
