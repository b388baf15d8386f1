package io.github.dockertutor.check;

import static io.github.dockertutor.check.DockerCli.docker;
import static io.github.dockertutor.check.Specs.HTTP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP check on a port published by a real container (lesson 05's busybox httpd). */
class HttpCheckIT {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path workspace;

    @RegisterExtension
    final EngineFixture fixture = new EngineFixture();

    private CheckResult check(CheckSpec spec) {
        return CheckRunner.evaluate(spec, fixture.context(workspace, StepActivity.startedAt("test", System.currentTimeMillis())));
    }

    @Test
    void aPageServedFromAContainer() throws Exception {
        String image = fixture.busyboxTag("box");
        int port = ContainerCheckIT.freePort();
        CheckSpec spec = Specs.of(HTTP, "port", port, "path", "/", "status", 200, "contains", "hello from a container");
        CheckResult before = check(spec);
        assertEquals(CheckStatus.FAILED, before.status());
        assertTrue(before.render(EN).startsWith("nothing answers at http://localhost:" + port
                + "/: no container publishes host port " + port + "; running: "), before.render(EN));

        String name = fixture.container(DockerCli.name("web"));
        docker("run", "-d", "--name", name, "--label", DockerCli.LABEL, "-p", port + ":8888", image, "sh", "-c",
                "mkdir -p /www && echo '<h1>hello from a container</h1>' > /www/index.html && exec httpd -f -p 8888 -h /www");
        CheckResult result = check(spec);
        for (int i = 0; i < 50 && !result.passed(); i++) {   // httpd needs a moment to listen
            Thread.sleep(100);
            result = check(spec);
        }
        assertEquals(CheckStatus.PASSED, result.status(), result.render(EN));

        assertEquals("the page at http://localhost:" + port + "/ does not contain \"goodbye\"",
                check(Specs.of(HTTP, "port", port, "path", "/", "status", 200, "contains", "goodbye")).render(EN));
        assertEquals("http://localhost:" + port + "/missing.html answered 404, expected 200",
                check(Specs.of(HTTP, "port", port, "path", "/missing.html", "status", 200)).render(EN));
        assertEquals(CheckStatus.PASSED, check(Specs.of(HTTP, "port", port, "path", "/missing.html", "status", 404)).status());
    }

    @Test
    void aPublishedPortWithNothingListeningInside() throws Exception {
        String image = fixture.busyboxTag("box");
        int port = ContainerCheckIT.freePort();
        String name = fixture.container(DockerCli.name("deaf"));
        docker("run", "-d", "--name", name, "--label", DockerCli.LABEL, "-p", port + ":81", image, "sleep", "600");
        CheckResult result = check(Specs.of(HTTP, "port", port, "path", "/", "status", 200));
        // the check looked inside (/proc/net/tcp): nothing listens at all, which the Dockerfile's CMD decides
        assertEquals("container " + name + " runs, but nothing inside it listens on any port, so http://localhost:"
                + port + "/ cannot answer: the program it runs is not a server", result.render(EN));
        assertEquals(java.util.Optional.of(CheckResult.DOCKERFILE), result.cause());
        CheckResult quiet = CheckRunner.evaluate(Specs.of(HTTP, "port", port, "path", "/", "status", 200),
                new CheckContext(fixture.engine(), workspace, StepActivity.startedAt("05", 0), false));
        assertEquals("container " + name + " publishes host port " + port + ", but nothing answers at http://localhost:"
                + port + "/; is the program inside listening on port 81?", quiet.render(EN),
                "the quiet check after every command does not look inside");
    }
}
