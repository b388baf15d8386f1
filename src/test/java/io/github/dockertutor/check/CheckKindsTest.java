package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.CONTAINER;
import static io.github.dockertutor.check.Specs.HTTP;
import static io.github.dockertutor.check.Specs.IMAGE;
import static io.github.dockertutor.check.Specs.OBSERVATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.InMemoryEngine;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.RunSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of check that reads the engine, on an engine held in memory: each fails before the
 * state its step asks for and passes once the state is there, and the near misses a learner makes
 * fail with the reason. (Files, Dockerfiles and quizzes: WorkspaceChecksTest, DockerfileArgumentsTest,
 * ActivityChecksTest. The same checks on the real engine: the *CheckIT classes and CourseIT.)
 */
class CheckKindsTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path workspace;
    private final InMemoryEngine engine = new InMemoryEngine().withRemote("busybox:latest");
    private StepActivity activity = StepActivity.startedAt("04-run-a-container", 0);

    private CheckResult check(CheckSpec spec) {
        return CheckRunner.evaluate(spec, new CheckContext(engine, workspace, activity));
    }

    private String run(RunSpec spec) {
        String id = engine.create(spec);
        engine.start(id);
        return id;
    }

    private static RunSpec busybox(String name, List<String> command) {
        return RunSpec.of("busybox", command, Map.of()).withName(name);
    }

    private void pull() {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
    }

    @Test
    void anImageCheckFailsUntilThePullAndAnotherTagDoesNotCount() {
        CheckSpec spec = Specs.of(IMAGE, "ref", "busybox:latest");
        assertEquals("check.image.missing", check(spec).key());
        engine.withLocal("busybox:1.36");
        assertEquals("check.image.missing", check(spec).key(), "another tag of busybox");
        pull();
        assertEquals(CheckStatus.PASSED, check(spec).status());
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", "docker.io/library/busybox")).status());
        assertEquals("check.image.stillThere", check(Specs.of(IMAGE, "ref", "busybox", "absent", true)).key());
    }

    @Test
    void stepInsideNeedsAnExitedContainerThatHadATerminal() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.exits(0, "done"));
        CheckSpec spec = Specs.of(CONTAINER, "image", "busybox", "state", "exited", "interactive", true);
        assertEquals("check.container.noneFromImage", check(spec).key());
        run(busybox("plain", List.of("sh")));
        CheckResult withoutIt = check(spec);
        assertEquals("check.container.notInteractive", withoutIt.key());
        assertTrue(withoutIt.render(EN).contains("-it"), withoutIt.render(EN));
        RunSpec interactive = new RunSpec("busybox", Optional.of("inside"), List.of("sh"), List.of(), List.of(),
                List.of(), Map.of(), false, true, true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        run(interactive);
        assertEquals(CheckStatus.PASSED, check(spec).status(), check(spec).render(EN));
    }

    @Test
    void aRunningServerMustPublishTheRightPorts() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.serves("listening"));
        CheckSpec spec = Specs.of(CONTAINER, "name", "web-1234", "publishes", "1234:8888", "logContains", "listening");
        assertEquals("check.container.noneNamed", check(spec).key());
        String wrong = run(busybox("web-1234", List.of("httpd", "-f")).withPorts(List.of(PortMapping.tcp(1234, 80))));
        assertEquals("check.container.publishes", check(spec).key(), "1234 to port 80, where nothing listens");
        engine.removeContainer(wrong, true);
        run(busybox("web-1234", List.of("httpd", "-f")).withPorts(List.of(PortMapping.tcp(1234, 8888))));
        assertEquals(CheckStatus.PASSED, check(spec).status());
        assertEquals("check.container.stillNamed", check(Specs.of(CONTAINER, "name", "web-1234", "state", "absent")).key());
    }

    @Test
    void anExitCodeAndAStoppedContainerAreTold() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.exits(3));
        run(busybox("job", List.of("false")));
        assertEquals("check.container.state", check(Specs.of(CONTAINER, "name", "job")).key(), "exited, not running");
        assertEquals("check.container.exitCode",
                check(Specs.of(CONTAINER, "name", "job", "state", "exited", "exitCode", 0)).key());
        assertEquals(CheckStatus.PASSED,
                check(Specs.of(CONTAINER, "name", "job", "state", "exited", "exitCode", 3)).status());
    }

    @Test
    void anHttpCheckReadsThePageOnTheHostPort() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        CheckSpec spec = Specs.of(HTTP, "port", port, "contains", "My first image");
        assertEquals(CheckStatus.FAILED, check(spec).status(), "nothing listens yet");
        byte[][] page = {"<h1>Hello</h1>".getBytes(StandardCharsets.UTF_8)};
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, page[0].length);
            exchange.getResponseBody().write(page[0]);
            exchange.close();
        });
        server.start();
        try {
            assertEquals("check.http.contains", check(spec).key(), "another page");
            page[0] = "<h1>My first image</h1>".getBytes(StandardCharsets.UTF_8);
            assertEquals(CheckStatus.PASSED, check(spec).status());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anObservationOfAContainersNameComparesWithTheEngine() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.exits(0));
        CheckSpec spec = Specs.of(OBSERVATION, "of", "container-name", "image", "busybox");
        assertEquals("check.observation.none", check(spec).key());
        activity = activity.withAnswer("first-box");
        assertEquals("check.observation.noContainer", check(spec).key(), "no container yet");
        run(busybox("first-box", List.of("sh")));
        activity = activity.withAnswer("busybox");
        assertEquals("check.observation.noSuchName", check(spec).key(), "the image, not the container");
        activity = activity.withAnswer("first-box");
        assertEquals(CheckStatus.PASSED, check(spec).status());
    }

    @Test
    void anObservationOfAnImageIdNeedsItsStartFourCharactersOrMore() {
        CheckSpec spec = Specs.of(OBSERVATION, "of", "image-id", "ref", "busybox:latest");
        activity = activity.withAnswer("abcd");
        assertEquals("check.observation.noImage", check(spec).key());
        pull();
        String id = engine.inspectImage("busybox").orElseThrow().id().substring("sha256:".length());
        activity = activity.withAnswer(id.substring(0, 3));
        assertEquals("check.observation.idTooShort", check(spec).key());
        activity = activity.withAnswer(id.startsWith("0000") ? "ffff" : "0000");
        assertEquals("check.observation.wrongId", check(spec).key());
        activity = activity.withAnswer(id.substring(0, 12).toUpperCase(java.util.Locale.ROOT));
        assertEquals(CheckStatus.PASSED, check(spec).status(), "as docker images shows it, in any case");
    }

    @Test
    void anObservationOfALogLineReadsTheContainersLog() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.serves());
        run(busybox("my-web", List.of("httpd", "-f", "-vv")));
        CheckSpec spec = Specs.of(OBSERVATION, "of", "log-match", "container", "my-web", "pattern", "response:([0-9]+)");
        activity = activity.withAnswer("200");
        assertEquals("check.observation.nothingLogged", check(spec).key());
        engine.log("my-web", "[::ffff:172.17.0.1]:42006: response:200");
        activity = activity.withAnswer("8080");
        assertEquals("check.observation.notInLog", check(spec).key());
        activity = activity.withAnswer("200");
        assertEquals(CheckStatus.PASSED, check(spec).status());
    }

    @Test
    void aServerStoppedWithCtrlCIsToldToRunWithDashD() throws IOException {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.exits(130));
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(busybox("web", List.of("httpd", "-f")).withPorts(List.of(PortMapping.tcp(port, 80))));
        CheckResult result = check(Specs.of(HTTP, "port", port));
        assertEquals("check.http.stoppedInForeground", result.key(), result.render(EN));
        assertEquals(Optional.of(CheckResult.RUN), result.cause());
    }

    @Test
    void yourDataRunNeedsTheWorkspaceMountedAndTheParameterGiven() throws IOException {
        engine.withRemote("python:3.11-slim");
        engine.pull("python", "3.11-slim", null, PullListener.SILENT, new Cancellation());
        engine.program("python:3.11-slim", command -> InMemoryEngine.Run.exits(0));
        CheckSpec spec = Specs.of(CONTAINER, "image", "python:3.11-slim", "state", "exited", "exitCode", 0,
                "mountsWorkspace", "/data", "env", "OUTPUT=by-month.csv");
        java.nio.file.Files.createDirectories(workspace);
        run(pythonWith("other", List.of(workspace.getParent() + ":/data"), List.of("OUTPUT=by-month.csv")));
        assertEquals("check.container.noMount", check(spec).key(), "another folder mounted");
        run(pythonWith("second", List.of(workspace + ":/tmp"), List.of("OUTPUT=by-month.csv")));
        assertEquals("check.container.noMount", check(spec).key(), "the workspace, but elsewhere");
        run(pythonWith("third", List.of(workspace + ":/data"), List.of()));
        assertEquals("check.container.env", check(spec).key(), "no -e");
        run(pythonWith("fourth", List.of(workspace + "/:/data/"), List.of("OUTPUT=by-month.csv")));
        assertEquals(CheckStatus.PASSED, check(spec).status(), check(spec).render(EN));
    }

    private static RunSpec pythonWith(String name, List<String> volumes, List<String> env) {
        return new RunSpec("python:3.11-slim", Optional.of(name), List.of("python", "summarize.py"), List.of(), env,
                volumes, Map.of(), false, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void anImagesWorkdirAndEntrypointAreItsConfig() {
        engine.withLocal("my-analysis:1.0", image -> image.workdir("/app").entrypoint("python", "summarize.py"));
        engine.withLocal("other:1.0", image -> image.entrypoint("python", "other.py"));
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", "my-analysis:1.0", "workdir", "/app",
                "entrypoint", List.of("python", "summarize.py"))).status());
        assertEquals("check.image.workdir", check(Specs.of(IMAGE, "ref", "other:1.0", "workdir", "/app")).key());
        assertEquals("check.image.entrypoint",
                check(Specs.of(IMAGE, "ref", "other:1.0", "entrypoint", List.of("python", "summarize.py"))).key());
    }

    @Test
    void anObservationOfACommandsOutputRunsItOnlyWhenAsked() {
        pull();
        engine.program("busybox", command -> InMemoryEngine.Run.serves());
        engine.commandProgram("whoami", command -> InMemoryEngine.Run.exits(0, "jovyan"));
        run(busybox("notebook", List.of("sleep", "600")));
        CheckSpec spec = Specs.of(OBSERVATION, "of", "command-output", "container", "notebook",
                "command", List.of("whoami"));
        activity = activity.withAnswer("root");
        assertEquals("check.observation.notTheOutput", check(spec).key());
        activity = activity.withAnswer("jovyan");
        assertEquals(CheckStatus.PASSED, check(spec).status());
        CheckResult quiet = CheckRunner.evaluate(spec, new CheckContext(engine, workspace, activity, false));
        assertEquals("check.observation.notAsked", quiet.key(), "the quiet check runs nothing inside");
    }

    @Test
    void aFileCheckWithAWildcardTakesWhateverNameTheLearnerChose() throws IOException {
        CheckSpec spec = Specs.of(Specs.FILE, "path", "*.ipynb", "contains", "cells");
        assertEquals("check.file.missing", check(spec).key());
        java.nio.file.Files.createDirectories(workspace);
        java.nio.file.Files.writeString(workspace.resolve("notes.txt"), "cells");
        assertEquals("check.file.missing", check(spec).key());
        java.nio.file.Files.writeString(workspace.resolve("Untitled.ipynb"), "{\"cells\": []}");
        assertEquals(CheckStatus.PASSED, check(spec).status());
    }
}
