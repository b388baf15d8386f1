package io.github.dockertutor.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.progress.ProgressStore;
import io.github.dockertutor.progress.StepProgress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solution in the shell, in-process on lesson 1 (a quiz: no engine needed). */
class SolutionCommandTest {
    private static final String LESSON = "01-why-docker";

    @TempDir
    Path home;

    private Cli.Run shell(String typed) {
        return Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("no-engine.sock")), typed,
                "--lang", "en", "--workspace", home.resolve("workspace").toString());
    }

    private StepProgress firstStep() {
        Environment environment = new Environment(Map.of("DOCKERTUTOR_HOME", home.resolve("data").toString()),
                home, "Linux", home);
        return ProgressStore.forEnvironment(environment).load().progress().step(LESSON, "what-an-app-needs")
                .orElseThrow();
    }

    @Test
    void aQuizSolutionAsksOnlyToRunAndIsCountedOnceApplied() {
        Cli.Run run = shell("start 1\nsolution\ny\nquit\n");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("Run it now? [y/N]"), run.out());
        assertFalse(run.out().contains("write the files"), run.out());
        assertTrue(firstStep().solutionUsed());
    }

    @Test
    void aStepDoneAlreadyShowsItsSolutionButDoesNotApplyItOrCountIt() {
        Cli.Run run = shell("start 1\nanswer b\nback\nsolution\nquit\n");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("-- bash --\n  answer b\n"), run.out());
        assertTrue(run.out().contains("You have done this step already"), run.out());
        assertFalse(run.out().contains("Run it now?"), run.out());
        assertFalse(firstStep().solutionUsed(), "reading a done step's solution is not using it");
    }

    @Test
    void anAppliedSolutionDoesNotWriteThroughADanglingLinkToAFileOutsideTheWorkspace() throws Exception {
        Path workspace = java.nio.file.Files.createDirectories(home.resolve("workspace"));
        Path outside = home.resolve("outside").resolve("secret.html");
        java.nio.file.Files.createDirectories(outside.getParent());
        // the link dangles: writing through it would create the file outside
        java.nio.file.Files.createSymbolicLink(workspace.resolve("index.html"), outside);
        Cli.Run run = shell("start 6\nanswer b\nsolution\ny\nquit\n");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("index.html is outside your workspace"), run.out());
        assertFalse(java.nio.file.Files.exists(outside), "the solution wrote outside the workspace");
        assertTrue(java.nio.file.Files.isSymbolicLink(workspace.resolve("index.html")), "the link itself is left alone");
    }
}
