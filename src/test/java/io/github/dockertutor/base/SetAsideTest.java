package io.github.dockertutor.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetAsideTest {
    private static final Instant WHEN = Instant.parse("2026-03-04T05:06:07Z");

    @TempDir
    Path dir;

    @Test
    void theNameSaysWhatAndWhenInUtc() {
        assertEquals(dir.resolve("progress.json.corrupt-20260304T050607Z"),
                SetAside.freeName(dir, "progress.json.corrupt", WHEN));
    }

    @Test
    void aTakenNameGetsTheNextNumber() throws Exception {
        Files.writeString(dir.resolve("history.damaged-20260304T050607Z"), "first");
        Files.writeString(dir.resolve("history.damaged-20260304T050607Z-2"), "second");
        assertEquals(dir.resolve("history.damaged-20260304T050607Z-3"), SetAside.freeName(dir, "history.damaged", WHEN));
    }

    @Test
    void aLinkThatPointsNowhereIsTakenToo() throws Exception {
        // followed, it would not exist, and a move onto its name would fail or replace the link
        Files.createSymbolicLink(dir.resolve("history.damaged-20260304T050607Z"), dir.resolve("gone"));
        assertEquals(dir.resolve("history.damaged-20260304T050607Z-2"), SetAside.freeName(dir, "history.damaged", WHEN));
    }
}
