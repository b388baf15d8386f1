package io.github.dockertutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.app.Main;
import io.github.dockertutor.base.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mirror's refusals, which need no registry and no engine. */
class MirrorCliCommandTest {
    @TempDir
    Path home;

    private String[] run(String os, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(Map.of("PATH", home.toString(), "DOCKERTUTOR_HOME", home.toString()),
                home, os, home);
        int code = new Main(environment, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void onlyOnLinux() {
        String[] result = run("Mac OS X", "mirror", "start", "--lang", "en");
        assertEquals("1", result[0]);
        assertTrue(result[2].contains("runs only on Linux (this is Mac OS X)"), result[2]);
    }

    @Test
    void saysWhatToInstallWithoutDockerRegistry() {
        String[] en = run("Linux", "mirror", "start", "--addr", "127.0.0.1:5999", "--lang", "en");
        assertEquals("1", en[0]);
        assertTrue(en[2].contains("sudo apt-get install docker-registry"), en[2]);
        String[] zh = run("Linux", "mirror", "start", "--lang", "zh-TW");
        assertTrue(zh[2].contains("請先安裝"), zh[2]);
    }

    @Test
    void stopAndStatusWithNothingStarted() {
        assertTrue(run("Linux", "mirror", "stop", "--lang", "en")[1].contains("not running"));
        assertEquals("1", run("Linux", "mirror", "status", "--lang", "en")[0]);
        assertEquals("2", run("Linux", "mirror", "--lang", "en")[0], "no subcommand is a usage error");
    }
}
