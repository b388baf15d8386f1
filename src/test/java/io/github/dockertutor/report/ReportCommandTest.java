package io.github.dockertutor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.progress.Progress;
import io.github.dockertutor.progress.ProgressStore;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dockertutor report and the tutor's name command, in-process without an engine. */
class ReportCommandTest {
    @TempDir
    Path home;

    private Cli.Run run(String stdin, String... args) {
        return Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("no-engine.sock"),
                "USER", "secret-login"), stdin, args);
    }

    private Course course() {
        return LessonLoader.loadFromClasspath();
    }

    /** Progress as the tutor saves it: the first step done with a hint, the second on screen. */
    private void saveProgress(String name, String language) {
        Course course = course();
        var lesson = course.lessons().get(0);
        Progress progress = Progress.fresh();
        progress.setLearnerName(name);
        progress.setLanguage(language);
        progress.startStep(lesson.id(), lesson.steps().get(0).id(), 1_000_000);
        progress.recordHint(lesson.id(), lesson.steps().get(0).id());
        progress.completeStep(lesson.id(), lesson.steps().get(0).id(), 1_090_000);
        progress.startStep(lesson.id(), lesson.steps().get(1).id(), 1_090_000);
        progress.pause(1_120_000);
        assertTrue(new ProgressStore(home.resolve("data")).save(progress).isEmpty());
    }

    @Test
    void theReportHoldsTheProgressAndTheChosenNameButNothingAboutTheMachine() throws Exception {
        saveProgress("王小明", "zh-TW");
        Cli.Run run = run("", "report");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        Path file = home.resolve("dockertutor-report-王小明.json");
        assertTrue(run.out().contains("已把你的進度報告寫到 " + file), run.out());
        assertTrue(run.out().contains("完成了 1 個") && run.out().contains("「王小明」"), run.out());

        String json = Files.readString(file, StandardCharsets.UTF_8);
        for (String personal : new String[] {home.toString(), "secret-login", System.getProperty("user.name"),
                InetAddress.getLocalHost().getHostName(), "/root", "/home/"}) {
            assertFalse(json.contains(personal), "the report must not hold " + personal + ":\n" + json);
        }
        LearnerReport report = ReportJson.read(json.getBytes(StandardCharsets.UTF_8));
        Course course = course();
        assertEquals(Optional.of("王小明"), report.name());
        assertEquals("zh-TW", report.language());
        assertEquals(ReportJson.SCHEMA, report.schema());
        assertEquals(course.lessons().size(), report.lessons().size());
        StepReport first = report.lessons().get(0).steps().get(0);
        assertEquals(course.lessons().get(0).steps().get(0).title().en(), first.title());
        assertEquals(StepReport.State.DONE, first.state());
        assertEquals(90_000, first.timeSpentMillis());
        assertEquals(1, first.hintsUsed());
        assertEquals(Optional.of(Instant.ofEpochMilli(1_000_000)), first.startedAt());
        assertEquals(Optional.of(Instant.ofEpochMilli(1_090_000)), first.finishedAt());
        StepReport second = report.lessons().get(0).steps().get(1);
        assertEquals(StepReport.State.STARTED, second.state());
        assertEquals(30_000, second.timeSpentMillis());
        assertEquals(StepReport.State.NOT_STARTED, report.lessons().get(1).steps().get(0).state());
        assertEquals(course.lessons().get(0).steps().get(1).id(), report.current().orElseThrow().stepId());
    }

    @Test
    void nameAndOutOnTheCommandLineWinAndAnonymousIsTheDefault() throws Exception {
        saveProgress(null, null);
        Cli.Run anonymous = run("", "--lang", "en", "report");
        assertEquals(ExitCode.OK, anonymous.code(), anonymous.err());
        assertTrue(anonymous.out().contains("and no name"), anonymous.out());
        assertTrue(Files.isRegularFile(home.resolve("dockertutor-report-anonymous.json")));

        Cli.Run named = run("", "report", "--name", "Alice Chen", "--out=mine.json");
        assertEquals(ExitCode.OK, named.code(), named.err());
        LearnerReport report = ReportJson.read(Files.readAllBytes(home.resolve("mine.json")));
        assertEquals(Optional.of("Alice Chen"), report.name());
        assertEquals("en", report.language(), "no language chosen: the system's, here none, so English");
        assertEquals("dockertutor-report-Alice-Chen.json", ReportFileName.of(Optional.of("Alice Chen")));
        assertEquals("dockertutor-report-anonymous.json", ReportFileName.of(Optional.of("../..")));
    }

    @Test
    void optionsOfOneCommandAreRefusedByAnother() {
        Cli.Run run = run("", "lint", "--out", "x.json");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("The option --out does not go with \"lint\""), run.err());
        Cli.Run unwritable = run("", "report", "--out", "no-such-folder/r.json");
        assertEquals(ExitCode.FAILURE, unwritable.code());
        assertTrue(unwritable.err().contains("Could not write the report to"), unwritable.err());
    }

    @Test
    void theNameCommandInTheTutorIsSavedAndUsedByTheReport() throws Exception {
        Cli.Run shell = run("name\nname 陳 怡君\nname\nquit\n", "--lang", "zh-TW");
        assertEquals(ExitCode.OK, shell.code(), shell.out() + shell.err());
        assertTrue(shell.out().contains("你的報告還沒有名字"), shell.out());
        assertTrue(shell.out().contains("已儲存。你的報告會寫上名字 陳 怡君。"), shell.out());
        assertTrue(shell.out().contains("報告上的名字：陳 怡君"), shell.out());
        assertEquals(ExitCode.OK, run("", "report").code());
        LearnerReport report = ReportJson.read(Files.readAllBytes(home.resolve("dockertutor-report-陳-怡君.json")));
        assertEquals(Optional.of("陳 怡君"), report.name());

        // taken back in a later session: the file kept the name, and the merge on save must not restore it
        Cli.Run cleared = run("name --clear\nname\nquit\n", "--lang", "en");
        assertTrue(cleared.out().contains("Done. Your reports carry no name now."), cleared.out());
        assertTrue(cleared.out().contains("Your reports carry no name yet"), cleared.out());
        assertEquals(ExitCode.OK, run("", "report", "--out", "after.json").code());
        assertEquals(Optional.empty(), ReportJson.read(Files.readAllBytes(home.resolve("after.json"))).name());
    }

    @Test
    void aReportReadsBackAsWrittenAndBadOnesSayWhy() {
        LearnerReport report = ReportBuilder.build(course(), Progress.fresh(), Optional.of("Bob"), "en", "1.2.3",
                Instant.parse("2025-01-02T03:04:05Z"));
        byte[] json = ReportJson.write(report);
        assertEquals(report, assertDoesNotThrowRead(json));
        assertEquals("class.broken.notJson", assertThrows(ReportFormatException.class,
                () -> ReportJson.read("{".getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("class.broken.newer", assertThrows(ReportFormatException.class, () -> ReportJson.read(
                new String(json, StandardCharsets.UTF_8).replace("\"schema\": 1", "\"schema\": 9")
                        .getBytes(StandardCharsets.UTF_8))).key());
        ReportFormatException field = assertThrows(ReportFormatException.class, () -> ReportJson.read(
                new String(json, StandardCharsets.UTF_8).replaceFirst("\"not-started\"", "\"flying\"")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("class.broken.field", field.key());
        assertEquals("lessons[0].steps[0].state", field.args()[0]);
    }

    private static LearnerReport assertDoesNotThrowRead(byte[] json) {
        try {
            return ReportJson.read(json);
        } catch (ReportFormatException e) {
            throw new AssertionError(e.key());
        }
    }
}
