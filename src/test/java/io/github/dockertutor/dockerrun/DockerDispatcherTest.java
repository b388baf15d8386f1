package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.console.TestConsole;
import io.github.dockertutor.engine.ContainerState;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineEvent;
import io.github.dockertutor.engine.ImageDetails;
import io.github.dockertutor.engine.ImageFacts;
import io.github.dockertutor.engine.InMemoryEngine;
import io.github.dockertutor.engine.InMemoryEngine.Run;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.tui.HumanUnits;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker lines through {@link DockerDispatcher#run}, as the shell runs them, on the in-memory
 * engine: what the learner reads (compared with the message bundles, in the learner's language,
 * never with English literals of our own) and what the engine has afterwards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DockerDispatcherTest {
    private static final String LESSON = "07-build-an-image";

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine().withRemote("busybox:latest");
    private final DockerDispatcher docker = new DockerDispatcher(TestConsole.NO_TERMINAL);

    private TestConsole console(String... answers) {
        return console(Language.EN, answers);
    }

    private TestConsole console(Language language, String... answers) {
        TestConsole console = TestConsole.in(dir).engine(engine).language(language).answers(answers).build();
        console.context().setLessonLabel(LESSON);
        return console;
    }

    /** Runs a line as the shell does: read and expanded by the dispatcher itself; answers the listing it was, if any. */
    private Optional<String> type(TestConsole console, String line) {
        return docker.runLine(line, console.context());
    }

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    private Optional<ContainerState> state(String container) {
        return engine.containerState(container);
    }

    @Test
    void pullDrawsTheLayersThenTheSummaryAndLeavesTheImage() {
        TestConsole console = console();
        assertTrue(engine.inspectImage("busybox").isEmpty());
        Optional<String> listing = type(console, "docker pull busybox");
        assertEquals(Optional.empty(), listing, "a pull is no listing");
        List<String> lines = lines(console.output());
        assertEquals("Using default tag: latest", lines.get(0));
        assertEquals("latest: Pulling from library/busybox", lines.get(1));
        assertTrue(lines.stream().anyMatch(line -> line.matches("[0-9a-f]{12}: Pull complete")), lines.toString());
        ImageFacts facts = engine.imageFacts("busybox").orElseThrow();
        String digest = facts.repoDigests().get(0).substring("busybox@".length());
        assertTrue(lines.contains("Digest: " + digest), lines.toString());
        assertTrue(lines.contains("Status: Downloaded newer image for busybox:latest"), lines.toString());
        assertEquals(console.text("view.pull.summary", "busybox:latest", DockerIds.shortId(digest),
                HumanUnits.size(facts.size())), lines.get(lines.size() - 1));
        assertEquals(List.of("busybox:latest"), facts.repoTags());
    }

    @Test
    void aPullOfAnImageNoRegistryHasSaysSoInTheLearnersLanguage() {
        TestConsole console = console(Language.ZH_TW);
        type(console, "docker pull no-such-image");
        assertTrue(console.said("engine.error.accessDenied", "pull access denied for no-such-image, repository does"
                + " not exist or may require 'docker login': denied: requested access to the resource is denied"),
                console.output());
        assertTrue(engine.images().isEmpty());
    }

    @Test
    void runDetachedStartsTheContainerWithItsPortAndTheLessonsLabel() {
        TestConsole console = console();
        engine.withLocal("busybox:latest");
        type(console, "docker run -d --name web -p 8080:80 busybox httpd -f");
        ContainerSummary web = engine.containers(false).stream().filter(c -> c.name().equals("web")).findFirst()
                .orElseThrow(() -> new AssertionError(console.output()));
        assertTrue(web.running());
        assertEquals(List.of(new PortMapping("0.0.0.0", 8080, 80, "tcp")), web.ports());
        assertEquals("httpd -f", web.command());
        assertEquals(LESSON, web.labels().get(Engine.LESSON_LABEL));
        assertEquals(List.of(web.id()), lines(console.output()), "docker run -d prints the id, and nothing else");
    }

    @Test
    void aNameAlreadyTakenIsExplainedAndTheOldContainerRemovedOnlyOnYes() {
        engine.withLocal("busybox:latest");
        TestConsole first = console("n", "y");
        type(first, "docker run -d --name web -p 8080:80 busybox httpd -f");
        String oldId = engine.containers(false).get(0).id();
        first.take();

        type(first, "docker run -d --name web -p 8081:80 busybox httpd -f");
        // the image as typed, as docker shows it
        assertTrue(first.said("fault.name.taken", "web", oldId.substring(0, 12), "busybox",
                first.text("fault.name.running")), first.output());
        assertEquals(List.of(first.text("fault.name.offer", "web") + " " + first.text("shell.yesNo") + " "),
                first.questions());
        assertTrue(first.said("fault.name.kept", "web"), first.output());
        assertEquals(1, engine.containers(true).size(), "on no nothing changed");
        assertEquals(oldId, engine.containers(true).get(0).id());
        first.take();

        type(first, "docker run -d --name web -p 8081:80 busybox httpd -f");
        assertTrue(first.said("fault.name.removed", "web"), first.output());
        List<ContainerSummary> now = engine.containers(true);
        assertEquals(1, now.size());
        assertFalse(now.get(0).id().equals(oldId), "the old container is gone, a new one has the name");
        assertEquals(8081, now.get(0).ports().get(0).hostPort());
    }

    @Test
    void aHostPortAlreadyPublishedIsExplainedAndTheHalfMadeContainerLeftAsDockerLeavesIt() {
        engine.withLocal("busybox:latest");
        TestConsole console = console();
        type(console, "docker run -d --name web -p 8080:80 busybox httpd -f");
        console.take();
        type(console, "docker run -d --name web2 -p 8080:8888 busybox httpd -f");
        assertTrue(console.said("fault.port.container", 8080, "web", "8080→80", "8081:8888"), console.output());
        assertTrue(console.said("fault.start.left", "web2"), console.output());
        assertEquals("created", state("web2").orElseThrow().status(), "docker leaves it Created, and so does the tutor");
    }

    @Test
    void psAndPsAllAndImagesPrintDockersColumns() {
        engine.withLocal("busybox:latest");
        engine.commandProgram("true", argv -> Run.exits(0));
        TestConsole console = console();
        type(console, "docker run -d --name web -p 8080:80 busybox httpd -f");
        type(console, "docker create --name idle busybox true");
        console.take();

        assertEquals(Optional.of("docker ps"), type(console, "docker ps"));
        List<String> ps = lines(console.take());
        assertEquals(List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"),
                columns(ps.get(0)));
        assertEquals(2, ps.size(), "only the running container: " + ps);
        assertTrue(ps.get(1).contains("\"httpd -f\""), ps.get(1));
        assertTrue(ps.get(1).contains("0.0.0.0:8080->80/tcp"), ps.get(1));
        assertTrue(ps.get(1).endsWith("web"), ps.get(1));
        assertTrue(ps.get(1).startsWith(engine.containers(false).get(0).id().substring(0, 12)), ps.get(1));

        assertEquals(Optional.of("docker ps -a"), type(console, "docker ps -a"));
        List<String> all = lines(console.take());
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.stream().anyMatch(line -> line.contains("Created") && line.endsWith("idle")), all.toString());

        assertEquals(Optional.of("docker images"), type(console, "docker images"));
        List<String> images = lines(console.take());
        assertEquals(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"), columns(images.get(0)));
        ImageDetails busybox = engine.inspectImage("busybox").orElseThrow();
        assertEquals(List.of("busybox", "latest", DockerIds.shortId(busybox.id())), columns(images.get(1)).subList(0, 3));
        assertTrue(images.get(1).endsWith("4.26MB"), images.get(1));
    }

    /** The last word of a sentence, which ends its last wrapped line. */
    private static String lastLine(String sentence) {
        return sentence.substring(sentence.lastIndexOf(' ') + 1);
    }

    /** A table row's cells: docker separates columns by at least two spaces. */
    private static List<String> columns(String row) {
        return Arrays.asList(row.trim().split(" {2,}"));
    }

    @Test
    void stopPrintsTheNameAndTheContainerEnds() {
        engine.withLocal("busybox:latest");
        TestConsole console = console();
        type(console, "docker run -d --name web busybox httpd -f");
        console.take();
        type(console, "docker stop web");
        assertEquals(List.of("web"), lines(console.output()));
        assertEquals(new ContainerState("exited", 137, ""), state("web").orElseThrow());
        type(console, "docker stop nothing-here");
        assertTrue(console.said("engine.error.notFound", "No such container: nothing-here"), console.output());
        assertTrue(console.said("faults.fix.noSuchContainer"), console.output());
    }

    @Test
    void rmOfARunningContainerIsRefusedWithTheFixAndWorksOnceStopped() {
        engine.withLocal("busybox:latest");
        TestConsole console = console(Language.ZH_TW);
        type(console, "docker run -d --name web busybox httpd -f");
        String id = engine.containers(false).get(0).id();
        console.take();
        type(console, "docker rm web");
        assertTrue(console.said("engine.error.refused", "You cannot remove a running container " + id
                + ". Stop the container before attempting removal or force remove"), console.output());
        assertTrue(console.said("faults.fix.removeRunning"), console.output());
        assertTrue(state("web").orElseThrow().running());
        console.take();
        type(console, "docker stop web");
        type(console, "docker rm web");
        assertEquals(List.of("web", "web"), lines(console.output()));
        assertTrue(state("web").isEmpty());
    }

    @Test
    void rmiOfAnImageInUseIsRefusedWithTheFixAndWorksOnceTheContainerIsGone() {
        engine.withLocal("busybox:latest");
        engine.commandProgram("echo", argv -> Run.exits(0, "hi"));
        TestConsole console = console();
        type(console, "docker run --name once busybox echo hi");
        assertEquals(List.of("hi"), lines(console.take()));
        String imageId = engine.inspectImage("busybox").orElseThrow().id();
        String containerId = engine.containers(true).get(0).id();

        type(console, "docker rmi busybox");
        assertTrue(console.said("engine.error.refused", "conflict: unable to remove repository reference \"busybox\""
                + " (must force) - container " + containerId.substring(0, 12) + " is using its referenced image "
                + imageId.substring(7, 19)), console.output());
        assertTrue(console.said("faults.fix.imageInUse"), console.output());
        assertTrue(engine.inspectImage("busybox").isPresent());
        console.take();
        type(console, "docker rm once");
        type(console, "docker rmi busybox");
        List<String> lines = lines(console.output());
        assertEquals("once", lines.get(0));
        assertTrue(lines.get(1).startsWith("Untagged: busybox"), lines.toString());
        assertTrue(engine.images().isEmpty());
    }

    @Test
    void buildOfTheWorkspaceDockerfileTagsTheImageWithTheLessonsLabel() {
        TestConsole console = console();
        console.write("index.html", "<h1>My first image</h1>\n");
        console.write("Dockerfile", "FROM busybox\nRUN mkdir -p /www\nCOPY index.html /www/index.html\nEXPOSE 8080\n"
                + "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        type(console, "docker build -t my-first-image .");
        ImageDetails image = engine.inspectImage("my-first-image").orElseThrow(() -> new AssertionError(console.output()));
        assertEquals(LESSON, image.labels().get(Engine.LESSON_LABEL));
        assertEquals("<h1>My first image</h1>\n", engine.files("my-first-image").get("/www/index.html"));
        List<String> lines = lines(console.output());
        assertTrue(console.said("docker.build.label", Engine.LESSON_LABEL, LESSON), console.output());
        assertTrue(lines.contains("Step 1/6 : FROM busybox"), lines.toString());
        assertTrue(console.said("view.build.summary", DockerIds.shortId(image.id()), "my-first-image:latest", 0, 6),
                console.output());
        assertTrue(console.output().endsWith(lastLine(console.text("view.build.summary", DockerIds.shortId(image.id()),
                "my-first-image:latest", 0, 6)) + System.lineSeparator()), "the summary comes last: " + console.output());

        console.take();
        type(console, "docker build -t my-first-image .");
        assertTrue(console.said("view.build.summary", DockerIds.shortId(image.id()), "my-first-image:latest", 5, 6),
                "a rebuild comes from the cache: " + console.output());
        assertFalse(console.said("docker.build.label", Engine.LESSON_LABEL, LESSON),
                "the label is explained on the first build of a session only: " + console.output());
        assertEquals(2, engine.allEvents().stream().filter(e -> e.action().equals("tag")).count());
    }

    @Test
    void aCopyOfAMissingFileFailsWithDockersTextInOurSentence() {
        TestConsole console = console(Language.ZH_TW);
        console.write("Dockerfile", "FROM busybox\nCOPY index.html /www/index.html\n");
        type(console, "docker build -t my-first-image .");
        String dockerText = "COPY failed: file not found in build context or excluded by .dockerignore: stat index.html:"
                + " file does not exist";
        assertTrue(console.said("engine.error.buildFailed", dockerText), console.output());
        // our line comes under Docker's words, in the learner's language: which file, which Dockerfile
        String ours = console.text("build.why.copyMissing", "COPY", "Dockerfile", "index.html");
        assertTrue(console.said("build.why.copyMissing", "COPY", "Dockerfile", "index.html"), console.output());
        assertTrue(console.output().indexOf(ours.substring(0, 8)) > console.output().indexOf("COPY failed"),
                console.output());
        assertTrue(engine.inspectImage("my-first-image").isEmpty());
        assertFalse(console.saidStart("view.build.summary"), "no summary of an image that was not built: "
                + console.output());
    }

    @Test
    void buildWithoutADockerfileSaysHowToWriteOne() {
        TestConsole console = console();
        type(console, "docker build -t x .");
        assertTrue(console.said("fault.build.noDockerfile", "Dockerfile", ".", "edit Dockerfile", console.workspace()),
                console.output());
        assertTrue(engine.allEvents().isEmpty(), "nothing reached the engine");
    }

    @Test
    void runOfAMissingImagePullsItFirstThenRunsIt() {
        engine.program("busybox", argv -> Run.exits(0, "hello from busybox"));
        TestConsole console = console();
        type(console, "docker run --name hello busybox echo hello");
        String output = console.output();
        assertTrue(console.said("docker.run.pulling", "busybox:latest"), output);
        assertFalse(output.contains("Using default tag"), "docker run does not say it: " + output);
        assertTrue(lines(output).contains("hello from busybox"), output);
        assertEquals(new ContainerState("exited", 0, ""), state("hello").orElseThrow());
        assertEquals(List.of("pull", "create", "start", "die"),
                engine.allEvents().stream().map(EngineEvent::action).toList());
    }

    @Test
    void aDetachedContainerThatEndsAtOnceIsReportedWithItsCodeAndLastLines() {
        engine.withLocal("busybox:latest");
        engine.commandProgram("sh", argv -> Run.exits(127, "sh: htttpd: not found"));
        TestConsole console = console();
        type(console, "docker run -d --name typo busybox sh -c htttpd");
        assertTrue(console.said("fault.exited.code", "typo", 127, ExitCodes.meaning(127, console.messages())),
                console.output());
        assertTrue(console.said("fault.exited.logs", "typo"), console.output());
        assertTrue(lines(console.output()).contains("  sh: htttpd: not found"), console.output());
    }

    @Test
    void theEngineGoneIsOneSentenceAndAdvice() {
        TestConsole console = console();
        engine.goAway();
        type(console, "docker images");
        assertTrue(console.said("engine.error.gone", "Cannot connect to the Docker daemon at"
                + " unix:///var/run/docker.sock. Is the docker daemon running?"), console.output());
        assertTrue(console.said("docker.engineGone.hint"), console.output());
        assertFalse(console.output().contains("Exception"), console.output());
    }
}
