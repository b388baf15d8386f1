package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The -v safety questions judge the folder a mount names, not its spelling: every way of writing
 * the root folder or the engine's socket (or a folder holding it) is asked about, in the shell
 * as the learner types it, and answering no runs nothing. No engine is needed: the question comes
 * before the engine is asked for anything.
 */
class RunSafetyTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path home;

    private Cli.Run typed(String lines) {
        return Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("engine/docker.sock")), lines,
                "--lang", "en", "--workspace", home.resolve("workspace").toString());
    }

    @ParameterizedTest
    @CsvSource({
            "/, docker.safety.rootMount",
            "//, docker.safety.rootMount",
            "/., docker.safety.rootMount",
            "/tmp/.., docker.safety.rootMount",
            "/var/../, docker.safety.rootMount",
            "~/../../../../../.., docker.safety.rootMount",
            "C:\\, docker.safety.rootMount",
            "C:/./, docker.safety.rootMount",
            "/var/run/docker.sock, docker.safety.socketMount",
            "/var/run/docker.sock/, docker.safety.socketMount",
            "/var/run/../run/docker.sock, docker.safety.socketMount",
            "/var/run, docker.safety.socketMount",
            "/run, docker.safety.socketMount",
            "/var, docker.safety.socketMount",
            "/somewhere/else/podman.sock, docker.safety.socketMount"})
    void everySpellingOfTheRootOrTheSocketIsAskedAbout(String source, String question) {
        Cli.Run run = typed("docker run -v '" + source + ":/host' busybox true\nn\nquit\n");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(firstWords(question)), source + " was not asked about:\n" + run.out());
        assertTrue(run.out().contains(EN.get("docker.safety.refused")), run.out());
    }

    @Test
    void theEngineInUseIsFoundThroughItsFolderAndThroughALink() throws Exception {
        Path engine = Files.createDirectories(home.resolve("engine"));
        Path link = Files.createSymbolicLink(home.resolve("link-to-engine"), engine);
        Path rootLink = Files.createSymbolicLink(home.resolve("link-to-root"), Path.of("/"));
        for (String source : new String[] {engine.toString(), engine + "/", home.toString(), link.toString(),
                link + "/docker.sock", rootLink.toString()}) {
            Cli.Run run = typed("docker run -v '" + source + ":/host' busybox true\nn\nquit\n");
            assertTrue(run.out().contains(EN.get("docker.safety.refused")), source + " ran without a question:\n" + run.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/data", "./www", "/srv/project/data", "~/notebooks"})
    void anOrdinaryFolderIsNotAskedAbout(String source) {
        Cli.Run run = typed("docker run -v " + source + ":/data busybox true\nquit\n");
        for (String question : Set.of("docker.safety.rootMount", "docker.safety.socketMount")) {
            assertFalse(run.out().contains(firstWords(question)), source + " was asked about:\n" + run.out());
        }
    }

    /** A question's words before its placeholder. */
    private static String firstWords(String key) {
        String text = EN.get(key, "\u0000");
        return text.substring(0, text.indexOf('\u0000')).isEmpty()
                ? text.substring(text.indexOf('\u0000') + 1, text.indexOf('\u0000') + 30)
                : text.substring(0, text.indexOf('\u0000'));
    }
}
