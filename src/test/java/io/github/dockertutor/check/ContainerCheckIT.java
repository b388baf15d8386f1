package io.github.dockertutor.check;

import static io.github.dockertutor.check.DockerCli.docker;
import static io.github.dockertutor.check.Specs.CONTAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The container check against the real engine; containers made with the docker CLI, as in another terminal. */
class ContainerCheckIT {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path workspace;

    @RegisterExtension
    final EngineFixture fixture = new EngineFixture();
    private StepActivity lesson;

    @BeforeEach
    void startTheLesson() {
        lesson = StepActivity.startedAt("test", System.currentTimeMillis());
    }

    private CheckResult check(CheckSpec spec, StepActivity activity) {
        return CheckRunner.evaluate(spec, fixture.context(workspace, activity));
    }

    private CheckResult check(CheckSpec spec) {
        return check(spec, lesson);
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void byNameRunningPublishingAndLogging() throws Exception {
        String image = fixture.busyboxTag("box");
        String name = fixture.container(DockerCli.name("web"));
        int port = freePort();
        CheckSpec spec = Specs.of(CONTAINER, "name", name, "state", "running", "publishes", port + ":8888",
                "logContains", "marker-started");
        CheckResult before = check(spec);
        assertEquals("check.container.noneNamed", before.key());
        assertTrue(before.render(EN).startsWith("no container is named " + name + "; containers: "), before.render(EN));

        docker("run", "-d", "--name", name, "--label", DockerCli.LABEL, "-p", "127.0.0.1:" + port + ":8888", image,
                "sh", "-c", "echo marker-started; exec sleep 600");
        CheckResult result = check(spec);
        for (int i = 0; i < 50 && !result.passed(); i++) {   // the echo may land a moment after start
            Thread.sleep(100);
            result = check(spec);
        }
        assertEquals(CheckStatus.PASSED, result.status(), result.render(EN));

        CheckResult wrongPort = check(Specs.of(CONTAINER, "name", name, "state", "running", "publishes", port + ":9999"));
        assertEquals("container " + name + " does not publish host port " + port + " to container port 9999; it publishes: "
                + port + "→8888", wrongPort.render(EN));
        assertEquals("check.container.log",
                check(Specs.of(CONTAINER, "name", name, "state", "running", "logContains", "never-logged")).key());
        CheckResult exited = check(Specs.of(CONTAINER, "name", name, "state", "exited"));
        assertEquals("container " + name + " is running, expected exited", exited.render(EN));

        CheckSpec absent = Specs.of(CONTAINER, "name", name, "state", "absent");
        assertEquals("check.container.stillNamed", check(absent).key());
        docker("rm", "-f", name);
        assertEquals(CheckStatus.PASSED, check(absent).status());
    }

    @Test
    void byImageExitedWithACodeCountingOnlyThisLessonsContainers() {
        String image = fixture.busyboxTag("box");
        CheckSpec exited = Specs.of(CONTAINER, "image", image, "state", "exited");
        CheckResult none = check(exited);
        assertEquals("check.container.noneFromImage", none.key());

        String first = fixture.container(DockerCli.name("run"));
        // no label: a learner's own terminal; docker run exits with the container's code
        assertEquals(3, DockerCli.run("run", "--name", first, image, "sh", "-c", "exit 3").exitCode());
        assertEquals(CheckStatus.PASSED, check(exited).status());
        assertEquals(CheckStatus.PASSED, check(Specs.of(CONTAINER, "image", image, "state", "exited", "exitCode", 3)).status());
        CheckResult code = check(Specs.of(CONTAINER, "image", image, "state", "exited", "exitCode", 0));
        assertEquals("container " + first + " exited with code 3, expected 0", code.render(EN));
        assertEquals(CheckStatus.PASSED, check(Specs.of(CONTAINER, "image", "docker.io/library/" + image + ":latest",
                "state", "exited")).status());
        // another name of the same image: the container is recognised by the image's id
        String alias = fixture.image(DockerCli.name("alias"));
        docker("tag", image, alias);
        assertEquals(CheckStatus.PASSED, check(Specs.of(CONTAINER, "image", alias, "state", "exited")).status());

        // a lesson started after that container was made: it is an old, unrelated container
        StepActivity later = new StepActivity("another-lesson", System.currentTimeMillis() + 60_000,
                System.currentTimeMillis() + 60_000, java.util.Optional.empty(), java.util.Map.of());
        CheckSpec absent = Specs.of(CONTAINER, "image", image, "state", "absent");
        assertEquals("check.container.noneFromImage", check(exited, later).key());
        assertEquals(CheckStatus.PASSED, check(absent, later).status());
        // …unless the tutor made it for that lesson: its label says so
        String labelled = fixture.container(DockerCli.name("run"));
        docker("create", "--name", labelled, "--label", "dockertutor.lesson=another-lesson", image);
        CheckResult still = check(absent, later);
        assertEquals("containers from image " + image + " still exist: " + labelled
                + " (created but not started); expected them removed", still.render(EN));

        assertEquals("check.container.stillFromImage", check(absent).key());
        docker("rm", first, labelled);
        assertEquals(CheckStatus.PASSED, check(absent).status());
    }
}
