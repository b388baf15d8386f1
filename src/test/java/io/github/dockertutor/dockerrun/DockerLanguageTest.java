package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.console.TestConsole;
import io.github.dockertutor.engine.InMemoryEngine;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.render.Columns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docker language of tutorials, through the dispatcher on the in-memory engine: $(docker …)
 * and the current folder expanded by the tutor, flags docker has that the tutor does not run
 * refused as such, help at 40 columns, and an exec that fails explained as the command's failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DockerLanguageTest {
    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine().withLocal("busybox:latest");
    private final DockerDispatcher docker = new DockerDispatcher(TestConsole.NO_TERMINAL);

    private TestConsole console() {
        return TestConsole.in(dir).engine(engine).build();
    }

    private void type(TestConsole console, String line) {
        docker.runLine(line, console.context());
    }

    @Test
    void theCleanupIdiomRemovesEveryContainerThroughTheTutorsOwnListing() {
        TestConsole console = console();
        type(console, "docker run -d --name web1 busybox httpd -f");
        type(console, "docker run -d --name web2 busybox httpd -f");
        assertEquals(2, engine.containers(true).size(), console.output());
        console.take();
        type(console, "docker rm -f $(docker ps -aq)");
        assertTrue(engine.containers(true).isEmpty(), console.output());
        assertEquals(2, console.output().lines().filter(line -> line.matches("[0-9a-f]{12}")).count(), console.output());
    }

    @Test
    void withNothingToListTheOuterCommandMeetsDockersOwnMessage() {
        TestConsole console = console();
        type(console, "docker rm $(docker ps -aq)");
        assertTrue(console.said("parse.args.atLeast.one", "docker rm", 1), console.output());
    }

    @Test
    void onlyListingsRunInsideASubstitution() {
        TestConsole console = console();
        type(console, "docker rm $(docker run -d busybox)");
        assertTrue(console.said("docker.substitution.notListing", "docker run -d busybox"), console.output());
        assertTrue(engine.containers(true).isEmpty(), "nothing ran");
    }

    @Test
    void theCurrentFolderIsTheWorkspaceInEveryShellsSpelling() {
        TestConsole console = console();
        for (String spelling : List.of("\"$(pwd)\"", "${PWD}", "%cd%")) {
            String name = "w" + spelling.length();
            type(console, "docker run -d --name " + name + " -v " + spelling + "/site:/www busybox httpd -f");
            assertEquals(List.of(console.workspace() + "/site:/www"), engine.createdWith(name).get("volumes"),
                    spelling + ": " + console.output());
        }
    }

    @Test
    void aFlagDockerHasIsRefusedAsNotRunHereNotAsATypo() {
        TestConsole console = console();
        type(console, "docker run --memory-swappiness 10 busybox");
        assertTrue(console.said("parse.flag.notRunHere", "--memory-swappiness", "docker run"), console.output());
        assertFalse(console.output().contains("unknown flag"), console.output());
        assertTrue(engine.containers(true).isEmpty());
    }

    @Test
    void anExecWhoseCommandIsMissingIsExplainedByItsCauseAndTheContainerGoesOn() {
        engine.commandProgram("nosuchcmd", argv -> InMemoryEngine.Run.exits(126,
                "OCI runtime exec failed: exec: \"nosuchcmd\": executable file not found in $PATH: unknown"));
        TestConsole console = console();
        type(console, "docker run -d --name web busybox httpd -f");
        console.take();
        type(console, "docker exec web nosuchcmd");
        assertTrue(console.said("docker.exec.exit", 126, console.text("docker.exit.127")), console.output());
        assertFalse(console.saidStart("docker.exit"), "an exec's container did not exit: " + console.output());
        assertFalse(console.said("faults.fix.crlf"), "no CR was seen: " + console.output());
        assertTrue(engine.containerState("web").orElseThrow().running());
    }

    @Test
    void crLineEndingsAreNamedOnlyWhenTheOutputShowsACarriageReturn() {
        engine.commandProgram("start.sh", argv -> InMemoryEngine.Run.exits(127, "/bin/sh\r: not found"));
        TestConsole console = console();
        type(console, "docker run -d --name web busybox httpd -f");
        type(console, "docker exec web ./start.sh");
        assertTrue(console.said("faults.fix.crlf"), console.output());
    }

    @Test
    void helpFitsFortyColumnsInChinese() {
        TestConsole console = TestConsole.in(dir).engine(engine).language(Language.ZH_TW).width(40).build();
        type(console, "docker run --help");
        String output = console.output();
        assertTrue(output.contains("教學程式不會執行"), output);
        for (String line : output.split("\n")) {
            assertTrue(Columns.of(line) <= 40, Columns.of(line) + ": " + line);
        }
    }
}
