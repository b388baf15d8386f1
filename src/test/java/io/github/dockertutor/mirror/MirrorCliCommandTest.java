package io.github.dockertutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mirror's refusals, which need no registry and no engine. */
class MirrorCliCommandTest {
    @TempDir
    Path home;

    /** The command line on this operating system, with no docker-registry on the PATH. */
    private Cli.Run run(String os, String... args) {
        return Cli.run(home, home, os, Map.of("PATH", home.toString()), "", args);
    }

    @Test
    void onlyOnLinux() {
        Cli.Run result = run("Mac OS X", "mirror", "start", "--lang", "en");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("runs only on Linux (this is Mac OS X)"), result.err());
    }

    @Test
    void saysWhatToInstallWithoutDockerRegistry() {
        Cli.Run en = run("Linux", "mirror", "start", "--addr", "127.0.0.1:5999", "--lang", "en");
        assertEquals(1, en.code());
        assertTrue(en.err().contains("sudo apt-get install docker-registry"), en.err());
        Cli.Run zh = run("Linux", "mirror", "start", "--lang", "zh-TW");
        assertTrue(zh.err().contains("請先安裝"), zh.err());
    }

    @Test
    void stopAndStatusWithNothingStarted() {
        assertTrue(run("Linux", "mirror", "stop", "--lang", "en").out().contains("not running"));
        assertEquals(1, run("Linux", "mirror", "status", "--lang", "en").code());
        assertEquals(2, run("Linux", "mirror", "--lang", "en").code(), "no subcommand is a usage error");
    }
}
