package io.github.dockertutor.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The store on a real file system: round trip, files set aside, unwritable folders, crashes, merges. */
class ProgressStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final String LESSON = "03-pull-an-image";

    @TempDir
    Path dir;

    @Test
    void noFileMeansAFreshStartAndSaveThenLoadGivesItBack() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        LoadResult first = store.load();
        assertTrue(first.notices().isEmpty());
        assertTrue(first.progress().lessons().isEmpty());

        Progress progress = ProgressJsonTest.sample();
        assertEquals(Optional.empty(), store.save(progress));
        assertTrue(store.lastSaveWorked());
        LoadResult again = new ProgressStore(dir, CLOCK).load();
        assertTrue(again.notices().isEmpty());
        assertArrayEquals(ProgressJson.write(progress), ProgressJson.write(again.progress()));
        assertArrayEquals(ProgressJson.write(progress), Files.readAllBytes(dir.resolve("progress.json")));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("progress.json"))));
        }
    }

    @Test
    void theDataFolderComesFromTheEnvironment(@TempDir Path home) {
        Environment environment = new Environment(Map.of("DOCKERTUTOR_HOME", dir.toString()), home, "Linux", home);
        assertEquals(dir.resolve("progress.json"), ProgressStore.forEnvironment(environment).file());
    }

    static Stream<Arguments> unusableFiles() {
        String valid = new String(ProgressJson.write(ProgressJsonTest.sample()), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("bad JSON", "{ this is not json", "corrupt"),
                Arguments.of("empty", "", "empty"),
                Arguments.of("white space only", "  \n", "empty"),
                Arguments.of("truncated", valid.substring(0, valid.length() / 2), "corrupt"),
                Arguments.of("wrong type", "{\"format\": 1, \"lessons\": {\"03-x\": {\"steps\": {\"a\": {\"hints\": \"two\"}}}}}", "corrupt"),
                Arguments.of("binary garbage", "\u0000\u0001\u00ff\u0000", "corrupt"),
                Arguments.of("newer version", "{\"format\": 7, \"anything\": [\"v7\"]}", "newer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void anUnusableFileIsKeptAsideUnchangedAndTheLearnerStartsFresh(String what, String content, String reason) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("progress.json"), bytes);

        LoadResult result = new ProgressStore(dir, CLOCK).load();

        String asideName = "progress.json." + reason + "-20260304T050607Z";
        assertEquals(List.of(new ProgressNotice("progress.keptAside." + reason, List.of(asideName, dir.toString()))),
                result.notices());
        assertTrue(result.progress().lessons().isEmpty(), "a fresh start");
        assertFalse(Files.exists(dir.resolve("progress.json")));
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(asideName)), "kept byte for byte");
        String english = result.notices().get(0).text(Messages.of(Language.EN));
        String chinese = result.notices().get(0).text(Messages.of(Language.ZH_TW));
        assertTrue(english.contains(asideName) && chinese.contains(asideName), english + " / " + chinese);

        // and the tutor saves normally afterwards
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = store.load().progress();
        progress.completeStep(LESSON, "pull", 5);
        assertEquals(Optional.empty(), store.save(progress));
        assertTrue(new ProgressStore(dir, CLOCK).load().progress().isDone(LESSON, "pull"));
    }

    @Test
    void aSecondFileSetAsideTheSameSecondGetsItsOwnName() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "bad");
        new ProgressStore(dir, CLOCK).load();
        Files.writeString(dir.resolve("progress.json"), "also bad");
        LoadResult second = new ProgressStore(dir, CLOCK).load();
        assertEquals("progress.json.corrupt-20260304T050607Z-2", second.notices().get(0).args().get(0));
        assertEquals("bad", Files.readString(dir.resolve("progress.json.corrupt-20260304T050607Z")));
        assertEquals("also bad", Files.readString(dir.resolve("progress.json.corrupt-20260304T050607Z-2")));
    }

    @Test
    void aFolderThatCannotBeCreatedGivesANoticeAndTheTutorGoesOnInMemory() throws IOException {
        // A path under a regular file cannot be created even by root, unlike one denied by permission bits.
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        ProgressStore store = new ProgressStore(blocker.resolve("dockertutor"), CLOCK);

        LoadResult result = assertDoesNotThrow(store::load);
        assertEquals(1, result.notices().size());
        ProgressNotice notice = result.notices().get(0);
        assertEquals("progress.unsaved", notice.key());
        assertTrue(notice.args().get(0).contains("not-a-folder"), notice.args().toString());
        assertTrue(!notice.args().get(1).isBlank() && !notice.args().get(1).contains(notice.args().get(0)),
                "a short reason that does not repeat the folder: " + notice.args());
        assertTrue(notice.text(Messages.of(Language.EN)).contains("can go on"), notice.text(Messages.of(Language.EN)));

        Progress progress = result.progress();
        progress.completeStep(LESSON, "pull", 5);
        assertEquals(Optional.empty(), assertDoesNotThrow(() -> store.save(progress)), "already told at load: not again");
        assertFalse(store.lastSaveWorked(), "not said again, and still not saved");
        assertTrue(progress.isDone(LESSON, "pull"), "kept in memory");

        ProgressStore other = new ProgressStore(blocker.resolve("dockertutor"), CLOCK);
        Optional<ProgressNotice> fromSave = assertDoesNotThrow(() -> other.save(progress));
        assertEquals("progress.unsaved", fromSave.orElseThrow().key(), "a store that did not load says it on its first save");
        assertEquals(Optional.empty(), other.save(progress), "and only once");
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void aLeftoverTempFileFromACrashIsIgnoredAndCleanedUp() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = Progress.fresh();
        progress.completeStep(LESSON, "pull", 5);
        store.save(progress);
        Path leftover = Files.writeString(dir.resolve("progress.json.1a2b3c4d.tmp"), "{\"format\": 1, \"lesso");

        LoadResult result = new ProgressStore(dir, CLOCK).load();
        assertTrue(result.notices().isEmpty());
        assertTrue(result.progress().isDone(LESSON, "pull"));
        assertFalse(Files.exists(leftover), "cleaned up");
    }

    /** Stands for the process dying: an Error, which the store does not catch, unlike an exception. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aCrashBetweenWritingTheTempFileAndRenamingLeavesTheOldFileIntact() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = Progress.fresh();
        progress.completeStep(LESSON, "first", 5);
        store.save(progress);
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));

        progress.completeStep(LESSON, "second", 6);
        store.atomicFile.beforeRename = () -> {
            throw new SimulatedCrash();
        };
        assertThrows(SimulatedCrash.class, () -> store.save(progress));

        assertArrayEquals(before, Files.readAllBytes(dir.resolve("progress.json")), "old file untouched");
        List<Path> temps;
        try (Stream<Path> files = Files.list(dir)) {
            temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
        assertEquals(1, temps.size(), "the new version was fully written beside it");
        assertTrue(Files.readString(temps.get(0)).contains("\"second\""));

        LoadResult after = new ProgressStore(dir, CLOCK).load();
        assertTrue(after.notices().isEmpty());
        assertTrue(after.progress().isDone(LESSON, "first"));
        assertFalse(after.progress().isDone(LESSON, "second"), "only the step in flight is lost");
        assertFalse(Files.exists(temps.get(0)));
    }

    @Test
    void saveMergesWhatAnotherTutorSavedAndKeepsItsOwnPosition() {
        ProgressStore storeA = new ProgressStore(dir, CLOCK);
        ProgressStore storeB = new ProgressStore(dir, CLOCK);
        Progress a = storeA.load().progress();
        Progress b = storeB.load().progress();

        a.startStep(LESSON, "shared", 1_000);
        a.recordHint(LESSON, "shared");
        a.pause(11_000);
        a.completeStep(LESSON, "onlyA", 12_000);
        storeA.save(a);

        b.startStep(LESSON, "shared", 2_000);
        b.recordSolution(LESSON, "shared");
        b.completeStep(LESSON, "shared", 4_000);
        b.startStep("04-run-a-container", "run", 5_000);
        storeB.save(b);

        Progress onDisk = new ProgressStore(dir, CLOCK).load().progress();
        StepProgress shared = onDisk.step(LESSON, "shared").orElseThrow();
        assertTrue(onDisk.isDone(LESSON, "onlyA"));
        assertEquals(StepState.DONE, shared.state());
        assertEquals(10_000, shared.timeSpentMillis());
        assertEquals(1, shared.hintsUsed());
        assertTrue(shared.solutionUsed());
        assertEquals(Optional.of(new Position("04-run-a-container", "run")), onDisk.current(), "the last saver's position");
        assertTrue(b.isDone(LESSON, "onlyA"), "the saving tutor now sees the other's steps too");
    }

    @Test
    void aNameTakenBackStaysGoneThoughTheFileStillHasIt() {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = store.load().progress();
        progress.setLearnerName("王小明");
        store.save(progress);
        assertEquals(Optional.of("王小明"), new ProgressStore(dir, CLOCK).load().progress().learnerName());

        progress.forgetLearnerName();
        store.save(progress); // merges with the file, which still has the name
        assertEquals(Optional.empty(), new ProgressStore(dir, CLOCK).load().progress().learnerName());
        store.save(progress);
        assertEquals(Optional.empty(), progress.learnerName(), "a later save does not bring it back either");

        progress.setLearnerName("Ann");
        store.save(progress);
        assertEquals(Optional.of("Ann"), new ProgressStore(dir, CLOCK).load().progress().learnerName());
    }

    @Test
    void aResetSurvivesTheMergeWithAnOlderSave() {
        ProgressStore storeA = new ProgressStore(dir, CLOCK);
        Progress a = storeA.load().progress();
        a.completeStep(LESSON, "pull", 1_000);
        storeA.save(a);

        ProgressStore storeB = new ProgressStore(dir, CLOCK);
        Progress b = storeB.load().progress();
        b.resetLesson(LESSON, 2_000);
        storeB.save(b);
        assertFalse(new ProgressStore(dir, CLOCK).load().progress().isDone(LESSON, "pull"));

        storeA.save(a); // A still remembers the step in memory, but B's reset is newer
        assertFalse(new ProgressStore(dir, CLOCK).load().progress().isDone(LESSON, "pull"));
    }

    @Test
    void aNewerFileWrittenWhileOpenIsNotOverwritten() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = store.load().progress();
        String newer = "{\"format\": 2, \"from\": \"the future\"}";
        Files.writeString(dir.resolve("progress.json"), newer);

        progress.completeStep(LESSON, "pull", 5);
        Optional<ProgressNotice> notice = store.save(progress);
        assertEquals("progress.newerOnDisk", notice.orElseThrow().key());
        assertEquals(newer, Files.readString(dir.resolve("progress.json")));
        assertEquals(Optional.empty(), store.save(progress), "said once");
        assertFalse(store.lastSaveWorked(), "the newer file is left alone: this session is not saved");
    }

    @Test
    void aFileDamagedWhileOpenIsKeptAsideAndReplacedWithThisSession() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = store.load().progress();
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 1, \"lessons\": 3}");

        progress.completeStep(LESSON, "pull", 5);
        Optional<ProgressNotice> notice = store.save(progress);
        assertEquals("progress.keptAside.corrupt", notice.orElseThrow().key());
        assertTrue(Files.exists(dir.resolve(notice.get().args().get(0))));
        assertTrue(new ProgressStore(dir, CLOCK).load().progress().isDone(LESSON, "pull"));
    }

    @Test
    void twoStoresInTwoThreadsSavingHundredsOfTimesLoseNoStep() throws Exception {
        int saves = 300;
        Runnable[] workers = new Runnable[2];
        Throwable[] failures = new Throwable[2];
        for (int w = 0; w < 2; w++) {
            String who = w == 0 ? "a" : "b";
            workers[w] = () -> {
                ProgressStore store = new ProgressStore(dir, CLOCK);
                Progress progress = store.load().progress();
                for (int i = 0; i < saves; i++) {
                    progress.startStep(LESSON, who + i, i + 1);
                    progress.recordHint(LESSON, "common");
                    progress.completeStep(LESSON, who + i, i + 2);
                    Optional<ProgressNotice> notice = store.save(progress);
                    if (notice.isPresent()) {
                        throw new AssertionError("save " + i + " of " + who + ": " + notice.get());
                    }
                }
            };
        }
        Thread[] threads = new Thread[2];
        for (int w = 0; w < 2; w++) {
            int index = w;
            threads[w] = new Thread(workers[w]);
            threads[w].setUncaughtExceptionHandler((t, e) -> failures[index] = e);
            threads[w].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(null, failures[0]);
        assertEquals(null, failures[1]);

        LoadResult result = new ProgressStore(dir, CLOCK).load();
        assertTrue(result.notices().isEmpty());
        for (int i = 0; i < saves; i++) {
            assertTrue(result.progress().isDone(LESSON, "a" + i), "a" + i);
            assertTrue(result.progress().isDone(LESSON, "b" + i), "b" + i);
        }
        // Each save takes the larger count, and each tutor then adds its own hint on top of it:
        // never fewer than one tutor's own hints, never more than both together.
        int hints = result.progress().step(LESSON, "common").orElseThrow().hintsUsed();
        assertTrue(hints >= saves && hints <= 2 * saves, "hints " + hints);
    }

    @Test
    // a FIFO read without the check waits forever in open(), which no interrupt ends: fail from another thread
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aFileThatIsNoPlainFileOrFarTooLargeIsSetAsideUnreadAndNeverWaitedOn() throws Exception {
        Path file = dir.resolve("progress.json");
        for (String kind : List.of("fifo", "dev-zero", "sparse-200MB", "folder")) {
            switch (kind) {
                case "fifo" -> assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).start().waitFor());
                case "dev-zero" -> Files.createSymbolicLink(file, Path.of("/dev/zero"));
                case "folder" -> Files.createDirectories(file.resolve("inside"));
                default -> {
                    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                        sparse.setLength(200L * 1024 * 1024); // no disk, yet 200 MB to anyone reading it whole
                    }
                }
            }
            ProgressStore store = new ProgressStore(dir, CLOCK);
            LoadResult result = assertDoesNotThrow(store::load, kind);
            assertEquals("progress.keptAside.corrupt", result.notices().get(0).key(), kind);
            assertTrue(result.progress().lessons().isEmpty(), kind);
            assertFalse(Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), kind + " was not set aside");
            Progress progress = result.progress();
            progress.completeStep(LESSON, "pull", 5);
            assertEquals(Optional.empty(), store.save(progress), kind);
            assertTrue(new ProgressStore(dir, CLOCK).load().progress().isDone(LESSON, "pull"), kind);
            Files.delete(file);
            try (var aside = Files.list(dir)) {
                assertEquals(1, aside.filter(p -> p.getFileName().toString().startsWith("progress.json.corrupt-"))
                        .count(), kind);
            }
            try (var aside = Files.list(dir)) {
                for (Path left : aside.filter(p -> p.getFileName().toString().startsWith("progress.json.corrupt-"))
                        .toList()) {
                    if (Files.isDirectory(left, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(left.resolve("inside"));
                    }
                    Files.delete(left);
                }
            }
        }
    }

    @Test
    void aFileSavedByNotepadWithAByteOrderMarkIsTheSameProgress() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = store.load().progress();
        progress.completeStep(LESSON, "pull", 5);
        store.save(progress);
        byte[] saved = Files.readAllBytes(dir.resolve("progress.json"));
        byte[] withBom = new byte[saved.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(saved, 0, withBom, 3, saved.length);
        Files.write(dir.resolve("progress.json"), withBom);
        LoadResult again = new ProgressStore(dir, CLOCK).load();
        assertTrue(again.notices().isEmpty(), again.notices().toString());
        assertTrue(again.progress().isDone(LESSON, "pull"));
    }
}
