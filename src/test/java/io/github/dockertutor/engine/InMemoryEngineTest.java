package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.EngineException.Fault;
import io.github.dockertutor.engine.InMemoryEngine.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviours of dockerd that the in-memory engine copies because the tutor relies on them;
 * each is seen both ways (refused, then allowed once the state changed), so a test on top of the
 * in-memory engine means what it would mean on a real one.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InMemoryEngineTest {
    private static final Instant START = Instant.parse("2024-05-01T09:00:00Z");
    private static final Map<String, String> LESSON = Map.of(Engine.LESSON_LABEL, "test");

    @TempDir
    Path context;

    private final InMemoryEngine engine = new InMemoryEngine(START).withRemote("busybox:latest")
            .withRemote("busybox:1.36", image -> image.cmd("sh").size(4_000_000));

    private PullResult pull(String repository, String tag) {
        return engine.pull(repository, tag, null, PullListener.SILENT, new Cancellation());
    }

    private static EngineException fails(Fault fault, Executable action) {
        EngineException error = assertThrows(EngineException.class, action);
        assertEquals(fault, error.fault(), error.getMessage());
        return error;
    }

    /** The engine's own words: the last argument of the failure. */
    private static String engineText(EngineException error) {
        return String.valueOf(error.args()[error.args().length - 1]);
    }

    private static RunSpec run(String image, String... command) {
        return RunSpec.of(image, List.of(command), LESSON);
    }

    // ---- pull and references ----

    @Test
    void pullFetchesOnlyWhatTheRegistryHasAndTellsHowItWent() {
        assertTrue(engine.images().isEmpty());
        List<String> messages = new ArrayList<>();
        List<String> layers = new ArrayList<>();
        PullListener listener = new PullListener() {
            @Override
            public void onLayer(String layerId, String status, long current, long total) {
                layers.add(status);
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        };
        PullResult result = engine.pull("busybox", "latest", null, listener, new Cancellation());
        assertEquals("busybox:latest", result.reference());
        assertTrue(result.imageId().matches("sha256:[0-9a-f]{64}"), result.imageId());
        assertTrue(result.digest().matches("sha256:[0-9a-f]{64}"), result.digest());
        assertEquals(List.of("latest: Pulling from library/busybox", "Digest: " + result.digest(),
                "Status: Downloaded newer image for busybox:latest"), messages);
        assertTrue(layers.contains("Pull complete"), layers.toString());
        assertEquals(List.of("busybox:latest"), engine.images().get(0).repoTags());

        messages.clear();
        engine.pull("busybox", "latest", null, listener, new Cancellation());
        assertEquals("Status: Image is up to date for busybox:latest", messages.get(messages.size() - 1));
        assertEquals(1, engine.images().size());

        EngineException unknownRepository = fails(Fault.ACCESS_DENIED, () -> pull("no-such-thing", "latest"));
        assertTrue(engineText(unknownRepository).startsWith("pull access denied for no-such-thing"),
                engineText(unknownRepository));
        EngineException unknownTag = fails(Fault.IMAGE_NOT_FOUND, () -> pull("busybox", "0.0.0"));
        assertEquals("manifest for busybox:0.0.0 not found: manifest unknown: manifest unknown", engineText(unknownTag));
        assertEquals("image", engine.allEvents().get(0).type());
        assertEquals("pull", engine.allEvents().get(0).action());
        assertEquals("busybox:latest", engine.allEvents().get(0).name());
    }

    @Test
    void referencesAreComparedTheWayDockerComparesThem() {
        assertTrue(engine.inspectImage("busybox").isEmpty());
        String id = pull("busybox", "latest").imageId();
        for (String same : List.of("busybox", "busybox:latest", "library/busybox", "docker.io/library/busybox:latest",
                "index.docker.io/library/busybox", id, id.substring(7, 19))) {
            assertEquals(Optional.of(id), engine.inspectImage(same).map(ImageDetails::id), same);
        }
        assertTrue(engine.inspectImage("busybox:1.36").isEmpty());
        assertTrue(engine.inspectImage("other/busybox").isEmpty());
        assertEquals(List.of("busybox:latest"), engine.inspectImage("busybox").orElseThrow().repoTags());
        assertTrue(OffsetDateTime.parse(engine.inspectImage("busybox").orElseThrow().created()).toInstant()
                .isBefore(START), "a pulled image was made before today");
    }

    // ---- containers ----

    @Test
    void createNeedsTheImageLocallyAndGivesADockerStyleName() {
        EngineException missing = fails(Fault.IMAGE_NOT_FOUND, () -> engine.create(run("busybox", "sh")));
        assertEquals("No such image: busybox:latest", engineText(missing));
        pull("busybox", "latest");
        String id = engine.create(run("busybox", "sh"));
        assertTrue(id.matches("[0-9a-f]{64}"), id);
        ContainerSummary created = engine.containers(true).get(0);
        assertEquals("created", created.state());
        assertEquals("Created", created.status());
        assertTrue(created.name().matches("[a-z]+_[a-z]+"), created.name());
        assertEquals("busybox", created.image());
        assertTrue(engine.containers(false).isEmpty(), "ps without -a lists only running containers");
        assertEquals(List.of("pull", "create"), engine.allEvents().stream().map(EngineEvent::action).toList());
    }

    @Test
    void aNameIsTakenUntilItsContainerIsRemovedRunningOrNot() {
        pull("busybox", "latest");
        engine.program("busybox", argv -> Run.exits(0));
        String first = engine.create(run("busybox", "true").withName("web"));
        engine.start(first);
        assertEquals("exited", engine.containerState("web").orElseThrow().status());
        EngineException taken = fails(Fault.NAME_IN_USE, () -> engine.create(run("busybox", "true").withName("web")));
        assertTrue(engineText(taken).contains("The container name \"/web\" is already in use by container \"" + first),
                engineText(taken));
        engine.removeContainer("web", false);
        assertTrue(engine.containerState("web").isEmpty());
        engine.create(run("busybox", "true").withName("web"));
    }

    @Test
    void aHostPortPublishedByARunningContainerFailsTheSecondStartAndLeavesItCreated() {
        pull("busybox", "latest");
        String web = engine.create(run("busybox", "httpd", "-f").withName("web").withPorts(List.of(PortMapping.tcp(8080, 80))));
        engine.start(web);
        ContainerSummary running = engine.containers(false).get(0);
        assertEquals(List.of(new PortMapping("0.0.0.0", 8080, 80, "tcp")), running.ports());
        assertEquals("Up Less than a second", running.status());

        String second = engine.create(run("busybox", "httpd", "-f").withName("web2")
                .withPorts(List.of(PortMapping.tcp(8080, 8888))));
        EngineException busy = fails(Fault.PORT_IN_USE, () -> engine.start(second));
        assertTrue(engineText(busy).endsWith("Bind for 0.0.0.0:8080 failed: port is already allocated"), engineText(busy));
        assertEquals("created", engine.containerState("web2").orElseThrow().status());
        assertTrue(engine.containerState("web2").orElseThrow().error().contains("port is already allocated"));

        engine.stop("web", null);
        assertTrue(engine.containers(true).stream().filter(c -> c.name().equals("web")).findFirst().orElseThrow()
                .ports().isEmpty(), "a stopped container publishes nothing");
        engine.start(second);
        assertEquals("running", engine.containerState("web2").orElseThrow().status());

        engine.occupyHostPort(9090);
        String third = engine.create(run("busybox", "httpd").withPorts(List.of(PortMapping.tcp(9090, 80))));
        EngineException program = fails(Fault.PORT_IN_USE, () -> engine.start(third));
        assertTrue(engineText(program).endsWith("listen tcp4 0.0.0.0:9090: bind: address already in use"),
                engineText(program));
        String anyPort = engine.create(run("busybox", "httpd").withPorts(List.of(PortMapping.tcp(0, 80))));
        engine.start(anyPort);
        assertEquals(32768, engine.containers(false).stream().filter(c -> c.id().equals(anyPort)).findFirst()
                .orElseThrow().ports().get(0).hostPort(), "-p 80: the engine picks a host port");
    }

    @Test
    void stopEndsARunningContainerWith137UnlessItsProgramEndsByItself() {
        pull("busybox", "latest");
        engine.commandProgram("httpd", argv -> Run.serves("listening on :80"));
        engine.commandProgram("polite", argv -> Run.serves().onStop(0));
        engine.commandProgram("echo", argv -> Run.exits(3, String.join(" ", argv.subList(1, argv.size()))));
        String killed = engine.create(run("busybox", "httpd", "-f"));
        String polite = engine.create(run("busybox", "polite"));
        String ended = engine.create(run("busybox", "echo", "hi"));
        for (String id : List.of(killed, polite, ended)) {
            engine.start(id);
        }
        assertTrue(engine.containerState(killed).orElseThrow().running());
        assertEquals(new ContainerState("exited", 3, ""), engine.containerState(ended).orElseThrow());
        for (String id : List.of(killed, polite, ended)) {
            engine.stop(id, null);
        }
        assertEquals(137, engine.containerState(killed).orElseThrow().exitCode());
        assertEquals(0, engine.containerState(polite).orElseThrow().exitCode());
        assertEquals(3, engine.containerState(ended).orElseThrow().exitCode(), "stop of an ended container changes nothing");
        engine.advance(Duration.ofMinutes(3));
        assertTrue(engine.containers(true).stream().anyMatch(c -> c.status().equals("Exited (137) 3 minutes ago")),
                engine.containers(true).toString());
        List<String> lines = new ArrayList<>();
        engine.logs(killed, false, null, lines::add, new Cancellation());
        assertEquals(List.of("listening on :80"), lines);
        engine.logs(ended, false, 1, lines::add, new Cancellation());
        assertEquals("hi", lines.get(lines.size() - 1));
    }

    @Test
    void programsAreScriptedPerImageAndPerCommandAndKeepRunningByDefault() {
        pull("busybox", "latest");
        String plain = engine.create(run("busybox", "sleep", "600"));
        engine.start(plain);
        assertTrue(engine.containerState(plain).orElseThrow().running(), "by default a program keeps running");

        engine.program("busybox", argv -> Run.exits(0, List.of("hello from " + argv.get(0))));
        String scripted = engine.create(run("busybox", "sh", "-c", "echo hello"));
        engine.start(scripted);
        assertEquals("exited", engine.containerState(scripted).orElseThrow().status());

        engine.commandProgram("httpd", argv -> Run.serves());
        String server = engine.create(run("busybox:latest", "/bin/httpd", "-f"));
        engine.start(server);
        assertTrue(engine.containerState(server).orElseThrow().running(), "the command's program wins over the image's");

        String withImageCmd = engine.create(run("busybox"));
        assertEquals(List.of("sh"), engine.createdWith(withImageCmd).get("argv"), "no command: the image's CMD");
        RunSpec noCommand = new RunSpec("busybox", Optional.empty(), List.of(), List.of(), List.of(), List.of(), LESSON,
                false, false, false, Optional.empty(), Optional.of(""), Optional.empty(), Optional.empty(),
                Optional.empty());
        EngineException nothing = fails(Fault.REFUSED, () -> engine.create(noCommand));
        assertEquals("No command specified", engineText(nothing));
    }

    @Test
    void aRunningContainerIsRemovedOnlyWithForce() {
        pull("busybox", "latest");
        String id = engine.create(run("busybox", "httpd").withName("web"));
        engine.start(id);
        EngineException refused = fails(Fault.REFUSED, () -> engine.removeContainer("web", false));
        assertTrue(engineText(refused).startsWith("You cannot remove a running container " + id), engineText(refused));
        assertTrue(engine.containerState("web").orElseThrow().running());
        engine.removeContainer("web", true);
        assertTrue(engine.containerState("web").isEmpty());
        List<String> actions = engine.allEvents().stream().filter(e -> e.actorId().equals(id)).map(EngineEvent::action)
                .toList();
        assertEquals(List.of("create", "start", "kill", "die", "destroy"), actions);
        EngineException gone = fails(Fault.NOT_FOUND, () -> engine.removeContainer("web", true));
        assertEquals("No such container: web", engineText(gone));
    }

    @Test
    void runWithRmRemovesTheContainerOnceItsProgramEnds() {
        pull("busybox", "latest");
        engine.program("busybox", argv -> Run.exits(0, "bye"));
        RunSpec spec = run("busybox", "echo", "bye");
        RunSpec autoRemove = new RunSpec(spec.image(), spec.name(), spec.command(), spec.ports(), spec.env(),
                spec.volumes(), spec.labels(), true, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        String id = engine.create(autoRemove);
        assertTrue(engine.containerState(id).isPresent());
        engine.start(id);
        assertTrue(engine.containerState(id).isEmpty());
        assertEquals(List.of("create", "start", "die", "destroy"), engine.allEvents().stream()
                .filter(e -> e.actorId().equals(id)).map(EngineEvent::action).toList());
    }

    // ---- images ----

    @Test
    void anImageAContainerUsesIsRemovedOnlyWithForceAndThenStaysDangling() {
        String id = pull("busybox", "latest").imageId();
        String container = engine.create(run("busybox", "sh"));
        EngineException refused = fails(Fault.REFUSED, () -> engine.removeImage("busybox", false));
        assertEquals("conflict: unable to remove repository reference \"busybox\" (must force) - container "
                + container.substring(0, 12) + " is using its referenced image " + id.substring(7, 19), engineText(refused));
        assertTrue(engine.inspectImage("busybox").isPresent());

        engine.removeImage("busybox", true);
        assertTrue(engine.inspectImage("busybox").isEmpty(), "the name is gone");
        assertTrue(engine.inspectImage(id).isPresent(), "the image stays while a container uses it");
        assertEquals(List.of(), engine.inspectImage(id).orElseThrow().repoTags());
        assertEquals(id, engine.containers(true).get(0).image(), "ps shows the id once the name is gone");

        assertEquals(0, engine.pruneImages(false, List.of(), Optional.empty()), "still used");
        engine.removeContainer(container, false);
        assertTrue(engine.pruneImages(false, List.of(), Optional.empty()) > 0);
        assertTrue(engine.images().isEmpty());
    }

    @Test
    void removingByIdFollowsTheEnginesRules() {
        String id = pull("busybox", "latest").imageId();
        engine.tag("busybox", "mine", "1");
        EngineException twoNames = fails(Fault.REFUSED, () -> engine.removeImage(id, false));
        assertTrue(engineText(twoNames).endsWith("image is referenced in multiple repositories"), engineText(twoNames));
        engine.removeImage("mine:1", false);
        assertEquals(List.of("busybox:latest"), engine.inspectImage(id).orElseThrow().repoTags(), "only untagged");
        String running = engine.create(run("busybox", "httpd"));
        engine.start(running);
        EngineException hard = fails(Fault.REFUSED, () -> engine.removeImage(id, true));
        assertTrue(engineText(hard).contains("(cannot be forced) - image is being used by running container"),
                engineText(hard));
        engine.removeContainer(running, true);
        engine.removeImage(id.substring(7, 19), false);
        assertTrue(engine.images().isEmpty());
        EngineException missing = fails(Fault.IMAGE_NOT_FOUND, () -> engine.removeImage("busybox", false));
        assertEquals("No such image: busybox:latest", engineText(missing));
        assertEquals(List.of("pull", "tag", "untag", "untag", "delete"), engine.allEvents().stream()
                .filter(e -> e.type().equals("image")).map(EngineEvent::action).toList());
    }

    @Test
    void pruneRemovesDanglingUnusedImagesOrEveryUnusedOneHonouringLabels() throws IOException {
        pull("busybox", "latest");
        pull("busybox", "1.36");
        engine.withLocal("labelled:1", image -> image.label("team", "a").size(100));
        engine.withLocal("unlabelled:1", image -> image.cmd("true").size(10));
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nCMD [\"echo\", \"one\"]\n");
        build("mine:latest");
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nCMD [\"echo\", \"two\"]\n");
        build("mine:latest");   // the first build's image is now dangling
        assertEquals(1, engine.images().stream().filter(i -> i.repoTags().isEmpty()).count());
        String used = engine.create(run("busybox:1.36", "sh"));

        assertEquals(0, engine.pruneImages(false, List.of("team"), Optional.empty()), "the dangling one has no team label");
        assertTrue(engine.pruneImages(false, List.of(), Optional.empty()) > 0);
        assertEquals(0, engine.images().stream().filter(i -> i.repoTags().isEmpty()).count());
        assertEquals(5, engine.images().size());

        assertEquals(0, engine.pruneImages(true, List.of("team=b"), Optional.empty()));
        assertEquals(100, engine.pruneImages(true, List.of("team=a"), Optional.empty()));
        assertEquals(0, engine.pruneImages(true, List.of(), Optional.of(START.minus(Duration.ofDays(31)).toString())),
                "until: only what was made before");
        engine.pruneImages(true, List.of(), Optional.of("1h"));
        List<String> left = engine.images().stream().flatMap(i -> i.repoTags().stream()).sorted().toList();
        assertEquals(List.of("busybox:1.36", "busybox:latest", "mine:latest"), left,
                "in use (1.36), parent of a kept image (latest), and made less than an hour ago (mine) stay");
        engine.removeContainer(used, false);
        engine.advance(Duration.ofHours(2));
        engine.pruneImages(true, List.of(), Optional.of("1h"));
        assertTrue(engine.images().isEmpty(), engine.images().toString());
        fails(Fault.REFUSED, () -> engine.pruneImages(true, List.of(), Optional.of("yesterday")));
    }

    @Test
    void tagMovesANameFromImageToImage() {
        String latest = pull("busybox", "latest").imageId();
        String old = pull("busybox", "1.36").imageId();
        assertNotEquals(latest, old);
        engine.tag("busybox:1.36", "busybox", "latest");
        assertEquals(old, engine.inspectImage("busybox").orElseThrow().id());
        assertEquals(List.of(), engine.inspectImage(latest).orElseThrow().repoTags(), "the old one is dangling now");
        fails(Fault.IMAGE_NOT_FOUND, () -> engine.tag("nothing", "x", "1"));
        EngineEvent tagged = engine.allEvents().get(engine.allEvents().size() - 1);
        assertEquals(List.of("image", "tag", old, "busybox:latest"),
                List.of(tagged.type(), tagged.action(), tagged.actorId(), tagged.name()));
    }

    // ---- build ----

    private BuildResult build(String tag) throws IOException {
        return build(tag, new ArrayList<>());
    }

    private BuildResult build(String tag, List<String> output) throws IOException {
        return engine.build(new BuildSpec(context, "Dockerfile", List.of(tag), Map.of(), false, LESSON),
                BuildContext.scan(context, "Dockerfile"), output::add, new Cancellation());
    }

    private void lessonSevenFiles(String page) throws IOException {
        Files.writeString(context.resolve("index.html"), page);
        Files.writeString(context.resolve("Dockerfile"), String.join("\n", "FROM busybox", "RUN mkdir -p /www",
                "COPY index.html /www/index.html", "EXPOSE 8080",
                "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]", ""));
    }

    @Test
    void buildInterpretsTheLessonsDockerfileAndPullsItsBase() throws IOException {
        lessonSevenFiles("<h1>My first image</h1>\n");
        List<String> output = new ArrayList<>();
        BuildResult result = build("my-first-image:latest", output);
        assertEquals(6, result.steps(), "five instructions and the tutor's label");
        assertEquals(0, result.cachedSteps());
        assertEquals("Step 1/6 : FROM busybox", output.get(0));
        assertTrue(output.contains("latest: Pulling from library/busybox"), "FROM pulls a missing base: " + output);
        assertTrue(output.contains("Step 6/6 : LABEL \"dockertutor.lesson\"='test'"), output.toString());
        assertEquals("Successfully tagged my-first-image:latest", output.get(output.size() - 1));
        assertEquals("Successfully built " + result.imageId().substring(7, 19), output.get(output.size() - 2));

        ImageDetails image = engine.inspectImage("my-first-image").orElseThrow();
        assertEquals(result.imageId(), image.id());
        assertEquals(List.of("httpd", "-f", "-vv", "-p", "8080", "-h", "/www"), image.cmd());
        assertEquals(List.of("8080/tcp"), image.exposedPorts());
        assertEquals("test", image.labels().get(Engine.LESSON_LABEL));
        assertEquals(Map.of("/www/index.html", "<h1>My first image</h1>\n"), engine.files("my-first-image"));
        assertEquals(List.of("pull", "tag"), engine.allEvents().stream().map(EngineEvent::action).toList());
        assertEquals("my-first-image:latest", engine.allEvents().get(1).name());
    }

    @Test
    void anUnchangedRebuildKeepsItsIdAndAChangedFileMakesANewOne() throws IOException {
        lessonSevenFiles("<h1>My first image</h1>\n");
        String first = build("my-first-image:latest").imageId();
        Instant created = Instant.parse(engine.inspectImage(first).orElseThrow().created());
        List<String> output = new ArrayList<>();
        BuildResult again = build("my-first-image:latest", output);
        assertEquals(first, again.imageId());
        assertEquals(5, again.cachedSteps(), "every step but FROM from the cache: " + output);
        assertEquals(created, Instant.parse(engine.inspectImage(first).orElseThrow().created()), "the same image");
        assertEquals(2, engine.allEvents().stream().filter(e -> e.action().equals("tag")).count(),
                "every build tags, even from the cache");

        lessonSevenFiles("<h1>My first image</h1>\n<p>Version 2</p>\n");
        BuildResult changed = build("my-first-image:latest");
        assertNotEquals(first, changed.imageId());
        assertEquals(1, changed.cachedSteps(), "RUN from the cache (FROM never says so); COPY and after run again");
        assertEquals(List.of(), engine.inspectImage(first).orElseThrow().repoTags(), "the old build is dangling");
        BuildResult noCache = engine.build(new BuildSpec(context, "Dockerfile", List.of("my-first-image:latest"),
                Map.of(), true, LESSON), BuildContext.scan(context, "Dockerfile"), line -> { }, new Cancellation());
        assertEquals(0, noCache.cachedSteps());
        assertNotEquals(changed.imageId(), noCache.imageId(), "--no-cache makes a new image, as a new created time does");
    }

    @Test
    void copyOfAFileNotInTheContextFailsWithDockersWords() throws IOException {
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nCOPY index.html /www/index.html\n");
        EngineException missing = fails(Fault.REFUSED, () -> build("x"));
        assertEquals("engine.error.buildFailed", missing.key());
        assertEquals("COPY failed: file not found in build context or excluded by .dockerignore: stat index.html:"
                + " file does not exist", engineText(missing));
        assertTrue(engine.inspectImage("x").isEmpty());

        Files.writeString(context.resolve("index.html"), "hi\n");
        Files.writeString(context.resolve(".dockerignore"), "# pages\nindex.html\n");
        fails(Fault.REFUSED, () -> build("x"));
        Files.delete(context.resolve(".dockerignore"));
        build("x");
        assertEquals(Map.of("/www/index.html", "hi\n"), engine.files("x"));
    }

    @Test
    void buildUnderstandsTheOtherInstructionsTheLessonsMayUse() throws IOException {
        Files.createDirectories(context.resolve("app/static"));
        Files.writeString(context.resolve("app/main.py"), "print('hi')\n");
        Files.writeString(context.resolve("app/static/a.css"), "a{}\n");
        Files.writeString(context.resolve("Dockerfile"), String.join("\n",
                "# a comment", "ARG VERSION=1.0", "FROM busybox AS base", "WORKDIR /srv", "ENV APP_HOME=/srv/app \\",
                "    MODE=\"production build\"", "COPY app/ $APP_HOME/", "LABEL version=$VERSION \"owner\"=\"data team\"",
                "FROM busybox", "COPY --from=base /srv/app/main.py ./", "WORKDIR data", "ENTRYPOINT python3 main.py",
                "EXPOSE 8888 53/udp", ""));
        build("app:1");
        ImageDetails image = engine.inspectImage("app:1").orElseThrow();
        assertEquals(List.of("/bin/sh", "-c", "python3 main.py"), image.entrypoint(), "shell form");
        assertEquals(List.of(), image.cmd(), "ENTRYPOINT resets the base's CMD");
        assertEquals(List.of("8888/tcp", "53/udp"), image.exposedPorts());
        assertEquals(Map.of("/main.py", "print('hi')\n"), engine.files("app:1"), "the last stage only");
        Map<String, Object> inspect = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(engine.inspect("app:1", "image"), Map.class);
        assertEquals("/data", ((Map<?, ?>) inspect.get("Config")).get("WorkingDir"));

        Files.writeString(context.resolve("Dockerfile"), String.join("\n", "FROM busybox", "WORKDIR /srv",
                "ENV APP_HOME=/srv/app MODE=\"production build\"", "COPY app/ $APP_HOME/",
                "LABEL version=1.0 \"owner\"=\"data team\"", ""));
        build("stage:1");
        assertEquals(Map.of("/srv/app/main.py", "print('hi')\n", "/srv/app/static/a.css", "a{}\n"), engine.files("stage:1"));
        ImageDetails stage = engine.inspectImage("stage:1").orElseThrow();
        assertEquals("data team", stage.labels().get("owner"));
        assertEquals("1.0", stage.labels().get("version"));

        Files.writeString(context.resolve("Dockerfile"), "FROM nothing-here\n");
        EngineException base = fails(Fault.REFUSED, () -> build("y"));
        assertTrue(engineText(base).startsWith("pull access denied for nothing-here"), engineText(base));
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\nFROBNICATE now\n");
        assertEquals("dockerfile parse error line 2: unknown instruction: FROBNICATE",
                engineText(fails(Fault.REFUSED, () -> build("y"))));
    }

    // ---- events, clock, going away ----

    @Test
    void eventsAreOnTheEngineClockWhichMovesWithEveryChange() {
        Instant before = engine.engineTime();
        pull("busybox", "latest");
        Instant between = engine.engineTime();
        engine.tag("busybox", "mine", "1");
        Instant after = engine.engineTime();
        assertTrue(before.isBefore(between) && between.isBefore(after));
        Map<String, List<String>> tags = Map.of("type", List.of("image"), "event", List.of("tag"));
        assertEquals(1, engine.events(before, after, tags).size());
        assertEquals(0, engine.events(before, between, tags).size(), "a tag after until is not listed");
        assertEquals(0, engine.events(after, engine.engineTime(), tags).size(), "nor one before since");
        assertEquals(2, engine.events(before, after, Map.of()).size());
        assertEquals(1, engine.events(before, after, Map.of("image", List.of("mine:1"))).size());
        assertTrue(engine.events(before, after, Map.of()).stream().allMatch(e -> e.timeNano() > 0));
    }

    @Test
    void subscribersHearEveryChangeUntilCancelledOrTheEngineGoesAway() {
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicBoolean ended = new AtomicBoolean();
        Cancellation first = new Cancellation();
        Cancellation second = new Cancellation();
        engine.subscribe(event -> heard.add("1 " + event.action()), () -> ended.set(true), first);
        engine.subscribe(event -> heard.add("2 " + event.action()), second);
        pull("busybox", "latest");
        assertEquals(List.of("1 pull", "2 pull"), heard);
        second.cancel();
        engine.create(run("busybox", "sh"));
        assertEquals(List.of("1 pull", "2 pull", "1 create"), heard);

        assertTrue(engine.answers());
        engine.goAway();
        assertTrue(ended.get(), "the stream ends when the engine goes away");
        assertFalse(engine.answers());
        EngineException gone = fails(Fault.ENGINE_GONE, engine::images);
        assertEquals("engine.error.gone", gone.key());
        fails(Fault.ENGINE_GONE, () -> pull("busybox", "latest"));
        fails(Fault.ENGINE_GONE, engine::engineTime);
        engine.comeBack();
        assertTrue(engine.answers());
        assertEquals(1, engine.images().size(), "a restarted engine keeps its images");
        engine.create(run("busybox", "sh"));
        assertEquals(3, heard.size(), "a subscription that ended hears nothing more");
    }

    @Test
    void followingLogsEndWhenTheContainerStopsOnCtrlCOrWhenTheEngineGoesAway() throws Exception {
        pull("busybox", "latest");
        String id = engine.create(run("busybox", "httpd").withName("web"));
        engine.start(id);
        engine.log("web", "GET /");
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch following = new CountDownLatch(1);
        Thread follower = new Thread(() -> engine.logs("web", true, null, line -> {
            lines.add(line);
            following.countDown();
        }, new Cancellation()));
        follower.start();
        assertTrue(following.await(5, TimeUnit.SECONDS));
        engine.log("web", "GET /favicon.ico");
        engine.stop("web", null);
        follower.join(5000);
        assertFalse(follower.isAlive(), "logs -f ends with the container");
        assertEquals(List.of("GET /", "GET /favicon.ico"), lines);

        engine.start(id);
        Cancellation ctrlC = new Cancellation();
        ctrlC.cancel();
        assertEquals(Fault.CANCELLED, assertThrows(EngineException.class,
                () -> engine.logs("web", true, 0, line -> { }, ctrlC)).fault());
        Thread goAway = new Thread(() -> {
            sleep(50);
            engine.goAway();
        });
        goAway.start();
        assertEquals(Fault.ENGINE_GONE, assertThrows(EngineException.class,
                () -> engine.waitFor("web", new Cancellation())).fault());
        goAway.join();
    }

    @Test
    void startAttachedStreamsTheOutputAndWaitForGivesTheCode() {
        pull("busybox", "latest");
        engine.program("busybox", argv -> Run.exits(2, "first", "second"));
        String id = engine.create(run("busybox", "sh", "-c", "exit 2"));
        List<String> lines = new ArrayList<>();
        engine.startAttached(id, lines::add, new Cancellation());
        assertEquals(List.of("first", "second"), lines);
        assertEquals(2, engine.waitFor(id, new Cancellation()));
        engine.commandProgram("cat", argv -> Run.exits(0, "<h1>hello</h1>"));
        EngineException notRunning = fails(Fault.REFUSED,
                () -> engine.execAndStream(id, List.of("cat", "/www/index.html"), false, lines::add, new Cancellation()));
        assertEquals("Container " + id + " is not running", engineText(notRunning));
    }

    @Test
    void inspectDescribesContainersFirstThenImages() throws Exception {
        pull("busybox", "latest");
        engine.create(run("busybox", "httpd", "-f").withName("busybox").withPorts(List.of(PortMapping.tcp(8080, 80))));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals("/busybox", json.readTree(engine.inspect("busybox", null)).path("Name").asText());
        assertEquals("created", json.readTree(engine.inspect("busybox", "container")).path("State").path("Status").asText());
        assertEquals("busybox:latest", json.readTree(engine.inspect("busybox", "image")).path("RepoTags").get(0).asText());
        fails(Fault.NOT_FOUND, () -> engine.inspect("nothing", "container"));
        fails(Fault.IMAGE_NOT_FOUND, () -> engine.inspect("nothing", null));
    }

    @Test
    void theSameSeedGivesTheSameIdsAndNames() {
        InMemoryEngine other = new InMemoryEngine(START).withRemote("busybox:latest");
        other.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        pull("busybox", "latest");
        String mine = engine.create(run("busybox", "sh"));
        String theirs = other.create(run("busybox", "sh"));
        assertEquals(mine, theirs);
        assertEquals(engine.containers(true).get(0).name(), other.containers(true).get(0).name());
    }

    @Test
    void whatNeedsATerminalOrLayersSaysSo() {
        UnsupportedOperationException attach = assertThrows(UnsupportedOperationException.class,
                () -> engine.attach("x", null, null));
        assertTrue(attach.getMessage().contains("attach"), attach.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> engine.saveImages(List.of("busybox"), null));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
