package io.github.dockertutor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, driven in-process with made-up environments; no engine needed. */
class MainTest {
    @TempDir
    Path home;

    private Cli.Run run(Map<String, String> env, String stdin, String... args) {
        return Cli.run(home, home, env, stdin, args);
    }

    @Test
    void versionPrintsOnlyTheVersion() {
        Cli.Run run = run(Map.of(), "", "--version");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().matches("dockertutor \\S+\\R"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpInBothLanguages() {
        assertTrue(run(Map.of(), "", "--help").out().contains("Usage: dockertutor"));
        Cli.Run chinese = run(Map.of("LANG", "zh_TW.UTF-8"), "", "-h");
        assertTrue(chinese.out().contains("用法：dockertutor"), chinese.out());
    }

    @Test
    void usageErrorsAreClearAndInTheLearnersLanguage() {
        Cli.Run english = run(Map.of(), "", "--frobnicate");
        assertEquals(ExitCode.USAGE, english.code());
        assertTrue(english.err().contains("Unknown option: --frobnicate"), english.err());
        Cli.Run chinese = run(Map.of(), "", "--lang", "zh-TW", "--lessons");
        assertEquals(ExitCode.USAGE, chinese.code());
        assertTrue(chinese.err().contains("選項 --lessons 後面需要一個值"), chinese.err());
        Cli.Run badLanguage = run(Map.of(), "", "--lang", "fr");
        assertTrue(badLanguage.err().contains("en|zh-TW"), badLanguage.err());
    }

    @Test
    void doctorWithAWrongDockerHostSaysWhatToDoAndExitsNonZero() {
        String socket = "unix://" + home.resolve("nothing-here.sock");
        Cli.Run english = run(Map.of("DOCKER_HOST", socket), "", "doctor");
        assertEquals(ExitCode.NO_ENGINE, english.code());
        assertTrue(english.out().contains("DOCKER_HOST is set to " + socket), english.out());
        assertTrue(english.out().contains("unset DOCKER_HOST"), english.out());
        assertFalse(english.out().contains("Exception") || english.err().contains("\tat "), english.out() + english.err());
        Cli.Run chinese = run(Map.of("DOCKER_HOST", socket), "", "--lang", "zh-TW", "doctor");
        assertEquals(ExitCode.NO_ENGINE, chinese.code());
        assertTrue(chinese.out().contains("沒有任何 Docker 引擎回應"), chinese.out());
    }

    @Test
    void theShellReadsAScriptAndSurvivesUnknownCommandsWithoutAnEngine() {
        String socket = "unix://" + home.resolve("nothing-here.sock");
        Cli.Run run = run(Map.of("DOCKER_HOST", socket), "nonsense\nhelp\nquit\n");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("No Docker engine answered"), run.out());
        assertTrue(run.out().contains("Unknown command: nonsense"), run.out());
        assertTrue(run.out().contains("doctor"), run.out());
    }

    @Test
    void theShellLoadsTheGoodLessonsAndNamesTheBrokenOne() {
        String socket = "unix://" + home.resolve("nothing-here.sock");
        String fixtures = Path.of("src/test/resources/lessons-fixtures/course").toAbsolutePath().toString();
        Cli.Run run = run(Map.of("DOCKER_HOST", socket), "lessons\nquit\n", "--lessons", fixtures, "--lang", "zh-TW");
        assertEquals(ExitCode.OK, run.code(), run.out());
        assertTrue(run.out().contains("有一課無法載入，已略過"), run.out());
        assertTrue(run.out().contains("04-broken-typo"), run.out());
        assertTrue(run.out().contains(" 1. "), "the good lessons are listed: " + run.out());
    }

    @Test
    void lintOfABrokenFolderNamesTheFileAndFails() {
        Cli.Run run = run(Map.of(), "", "lint", Path.of("src/test/resources/lessons-fixtures/course").toAbsolutePath().toString());
        // the fixture course holds one broken lesson on purpose
        assertEquals(ExitCode.FAILURE, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("04-broken-typo"), run.out());
    }
}
