package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.render.Columns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A typing mistake's message is wrapped like everything else the tutor says: by columns, between words. */
class ParseErrorWrapTest {
    @TempDir
    Path home;

    @Test
    void aLongChineseParseErrorFitsEightyColumnsWithoutSplittingAWord() {
        Cli.Run run = Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("no-engine.sock")),
                "docker container run --userns host busybox\ndocker run -p 99999:80 busybox\nquit\n",
                "--lang", "zh-TW", "--workspace", home.resolve("workspace").toString());
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains("還不會執行")), run.out());
        for (String line : lines) {
            assertTrue(Columns.of(line) <= 80, Columns.of(line) + " columns: " + line);
        }
        assertTrue(run.out().contains("docker container run"), "a word split across lines:\n" + run.out());
    }
}
