package io.github.dockertutor.shell.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the engine refuses when a container is run, explained through the whole tutor against the
 * real engine, in each language: a host port held by a container or by a program, a name in use
 * (offered for removal, no and yes), a container that exits at once after -d, a --rm container
 * whose program is missing (removed, as the docker CLI removes it), and a program built for
 * another processor.
 */
class RunFaultsIT {
    @TempDir
    Path dir;
    private EngineSession session;
    private DockerEngine engine;
    private String prefix;
    private final List<String> images = new ArrayList<>();

    @BeforeEach
    void engine() {
        session = RealEngine.session();
        session.connect();
        engine = new DockerEngine(session);
        prefix = "dt-bad-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @AfterEach
    void removeLeftovers() {
        for (ContainerSummary container : engine.containers(true)) {
            if (container.name().startsWith(prefix)) {
                engine.removeContainer(container.id(), true);
            }
        }
        for (String image : images) {
            try {
                engine.removeImage(image, true);
            } catch (RuntimeException ignored) {
                // not created
            }
        }
        session.close();
    }

    private TutorProcess tutor(Language language) throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        return TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", language.tag(), "--workspace",
                workspace.toString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Optional<ContainerSummary> container(String name) {
        return engine.containers(true).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTakenHostPortNamesItsHolderAndTheRetryWorks(Language language) throws Exception {
        int port = freePort();
        String web = prefix + "web";
        String second = prefix + "second";
        try (TutorProcess tutor = tutor(language)) {
            Transcript session = new Transcript(tutor, language);
            session.send("docker run -d --name " + web + " -p " + port + ":8888 busybox sleep 60");
            session.send("docker run -d --name " + second + " -p " + port + ":80 busybox sleep 60")
                    .expect("fault.port.container", port, web, port + "→8888", (port + 1) + ":80")
                    .expect("fault.start.left", second);
            assertTrue(container(second).map(c -> !c.running()).orElse(false),
                    "as with docker, the container stays, Created: " + tutor.output());
            session.send("docker rm " + second);
            session.send("docker run -d --name " + second + " -p " + (port + 1) + ":80 busybox sleep 60");
            session.send("docker ps").expectText(second);
            assertTrue(container(second).map(ContainerSummary::running).orElse(false), tutor.output());
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aHostPortHeldByAProgramSaysSo(Language language) throws Exception {
        String web = prefix + "prog";
        try (ServerSocket program = new ServerSocket()) {
            program.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = program.getLocalPort();
            try (TutorProcess tutor = tutor(language)) {
                Transcript session = new Transcript(tutor, language);
                session.send("docker run -d --name " + web + " -p " + port + ":80 busybox sleep 60")
                        .expect("fault.port.program", port, (port + 1) + ":80")
                        .expect("fault.start.left", web);
                assertTrue(container(web).map(c -> !c.running()).orElse(false), tutor.output());
                tutor.send("quit");
                assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNameInUseIsOfferedForRemovalAndOnlyAYesRemovesIt(Language language) throws Exception {
        String name = prefix + "named";
        try (TutorProcess tutor = tutor(language)) {
            Transcript session = new Transcript(tutor, language);
            String run = "docker run -d --name " + name + " busybox sleep 60";
            session.send(run);
            String first = awaitContainer(name).id();
            session.send(run).expect("fault.name.taken", name, first.substring(0, 12), "busybox",
                    session.messages().get("fault.name.running"));
            // a scripted session prints the question when it reads the answer
            session.answer("n").expect("fault.name.offer", name).expect("fault.name.kept", name);
            assertEquals(first, container(name).orElseThrow().id(), "a no must leave the old container");
            session.send(run);
            session.answer("y").expect("fault.name.offer", name).expect("fault.name.removed", name);
            session.send("docker ps").expectText(name);
            String second = container(name).orElseThrow().id();
            assertNotEquals(first, second, "a yes removes the old container and runs the command again");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aContainerThatExitsAtOnceShowsItsCodeAndLastLines(Language language) throws Exception {
        String name = prefix + "quick";
        try (TutorProcess tutor = tutor(language)) {
            Transcript session = new Transcript(tutor, language);
            session.send("docker run -d --name " + name + " busybox sh -c \"echo starting-" + prefix
                    + "; nosuchprogram\"")
                    .expect("fault.exited.code", name, 127, session.messages().get("docker.exit.127"))
                    .expect("fault.exited.logs", name)
                    .expectText("starting-" + prefix);
            session.send("docker run -d --rm --name " + name + "-rm busybox sh -c \"exit 2\"")
                    .expect("fault.exited.removed", name + "-rm");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRmContainerThatCannotStartIsRemovedAsTheDockerCliRemovesIt(Language language) throws Exception {
        String rm = prefix + "rm";
        String kept = prefix + "kept";
        try (TutorProcess tutor = tutor(language)) {
            Transcript session = new Transcript(tutor, language);
            // the program is not in the image: the container is created, then refuses to start
            session.send("docker run --rm --name " + rm + " busybox /no/such/program");
            session.send("docker run -d --rm --name " + rm + "-d busybox /no/such/program");
            session.send("docker run --name " + kept + " busybox /no/such/program");
            session.send("docker ps -a").expectText(kept);
            assertTrue(container(rm).isEmpty(), "--rm left a container that never started: " + tutor.output());
            assertTrue(container(rm + "-d").isEmpty(), "-d --rm left a container: " + tutor.output());
            assertTrue(container(kept).isPresent(), "without --rm the container stays, as with docker");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aProgramForAnotherProcessorIsExplainedWithBothPlatforms(Language language) throws Exception {
        Assumptions.assumeFalse(Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")),
                "this machine emulates arm64 (qemu binfmt), so an arm64 program runs instead of failing");
        String image = prefix + "arm:v1";
        images.add(image);
        engine.loadImages(new ByteArrayInputStream(ForeignImage.archive(image)));
        String enginePlatform = engine.enginePlatform().orElseThrow();
        Assumptions.assumeTrue(enginePlatform.endsWith("amd64"), "the engine itself runs arm64 programs");
        try (TutorProcess tutor = tutor(language)) {
            Transcript session = new Transcript(tutor, language);
            session.send("docker run -d --name " + prefix + "arm-d " + image)
                    .expectText("exec format error")
                    .expect("fault.platform.explain")
                    .expect("fault.platform.which", enginePlatform, image, "linux/arm64")
                    .expect("fault.platform.fix", enginePlatform, image);
            session.send("docker run --rm " + image)
                    .expect("fault.platform.explain")
                    .expect("fault.platform.which", enginePlatform, image, "linux/arm64");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
            assertFalse(tutor.output().contains("Exception"), tutor.output());
        }
    }

    private ContainerSummary awaitContainer(String name) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<ContainerSummary> found = container(name);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no container " + name);
    }
}
