package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of what the tutor created: kept across runs and tutors, forgotten when gone, never a reason to fail. */
class CreatedOnEngineTest {
    @TempDir
    Path dir;

    @Test
    void whatOneTutorRecordsAnotherFindsAndAForgetOutlastsTheMerge() {
        CreatedOnEngine first = new CreatedOnEngine(dir);
        CreatedOnEngine second = new CreatedOnEngine(dir);
        first.container("c1");
        second.container("c2");
        first.image("sha256:aa", List.of("my-first-image:latest"));
        assertEquals(Set.of("c1", "c2"), new CreatedOnEngine(dir).containers());
        assertEquals(Map.of("sha256:aa", Set.of("my-first-image:latest")), new CreatedOnEngine(dir).images());
        second.forget(List.of("c1"), List.of("sha256:aa"));
        assertEquals(Set.of("c2"), first.containers(), "a forgotten id must not come back from another tutor's memory");
        assertEquals(Map.of(), new CreatedOnEngine(dir).images());
    }

    @Test
    void aDamagedOrUnwritableRecordOnlyMakesCleanupRemoveLess() throws Exception {
        Files.writeString(dir.resolve(CreatedOnEngine.FILE_NAME), "{ not json");
        CreatedOnEngine record = new CreatedOnEngine(dir);
        assertEquals(Set.of(), record.containers());
        record.container("c1");
        assertEquals(Set.of("c1"), new CreatedOnEngine(dir).containers(), "a damaged record is replaced");

        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("data");
        CreatedOnEngine nowhere = new CreatedOnEngine(blocked);
        nowhere.container("c9");
        assertTrue(nowhere.containers().contains("c9"), "kept in memory when the folder cannot be written");
    }
}
