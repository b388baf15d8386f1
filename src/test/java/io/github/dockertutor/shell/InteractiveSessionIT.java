package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.RunSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interactive sessions through a real pseudo-terminal: {@link InteractiveSessionMain} runs under
 * {@code script}, we type into it as a person would and read its screen. Needs a Docker engine
 * (found as the docker command finds it, DOCKER_HOST first) with busybox; with CI=true a missing
 * engine or script is a failure, elsewhere the tests are skipped with the reason.
 */
class InteractiveSessionIT {
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final Pattern PROMPT = Pattern.compile("/ # ");
    private static final Pattern OUTCOME = Pattern.compile("OUTCOME (\\w+) (\\S+)");

    private static EngineSession session;
    private static DockerEngine engine;
    private final List<String> created = new ArrayList<>();

    /** Why the tests cannot run here, or null when they can. */
    private static String unavailable;

    @BeforeAll
    static void lookForEngineAndPty() {
        if (!PtyProcess.available()) {
            unavailable = "util-linux 'script' is not installed (it gives the test a pty)";
            return;
        }
        EngineDiscovery discovery = new EngineDiscovery(Optional.empty(), System.getenv(),
                Path.of(System.getProperty("user.home")), System.getProperty("os.name"));
        session = new EngineSession(new EngineLocator(discovery, new EngineProbe()));
        if (!session.connect().found()) {
            unavailable = "no Docker engine answers (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + ")";
            return;
        }
        engine = new DockerEngine(session);
        boolean hasBusybox = engine.images().stream().anyMatch(i -> i.repoTags().contains("busybox:latest"));
        if (!hasBusybox) {
            engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        }
    }

    /** Checked per test, so every skipped test carries the reason in the report. */
    @BeforeEach
    void needEngineAndPty() {
        require(unavailable == null, unavailable);
    }

    private static void require(boolean condition, String why) {
        if (!condition) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + why);
            }
            Assumptions.abort("skipped: " + why);
        }
    }

    @AfterAll
    static void closeEngine() {
        if (session != null) {
            session.close();
        }
    }

    @AfterEach
    void removeContainers() {
        for (String name : created) {
            try {
                engine.removeContainer(name, true);
            } catch (RuntimeException ignored) {
                // never created, or already gone
            }
        }
    }

    private String newName(String what) {
        String name = "dt-it-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(name);
        return name;
    }

    private static PtyProcess startMain(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder line = new StringBuilder(quote(java)).append(" -XX:TieredStopAtLevel=1 -cp ")
                .append(quote(System.getProperty("java.class.path")))
                .append(' ').append(InteractiveSessionMain.class.getName());
        for (String arg : args) {
            line.append(' ').append(quote(arg));
        }
        return PtyProcess.start(line.toString(), 100, 30, env);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void runItTypesIntoTheContainerAndReturnsItsExitCode() throws Exception {
        String name = newName("run");
        try (PtyProcess pty = startMain(Map.of(), "run", name)) {
            pty.await(PROMPT, START);
            // \r is what the Enter key sends in raw mode; $RANDOM expands only in the container,
            // so the marker's digits cannot come from the echo of what we typed
            pty.type("stty size; echo hi-$RANDOM-marker; exit\r");
            pty.await(Pattern.compile("hi-\\d+-marker"), STEP);
            Matcher outcome = pty.await(OUTCOME, STEP);
            assertEquals("EXITED", outcome.group(1), pty.screen());
            assertEquals("0", outcome.group(2), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
            // the size of the learner's terminal was passed on to the container's
            assertTrue(Pattern.compile("(?m)^30 100\\r?$").matcher(pty.screen()).find(), pty.screen());
            assertTrue(pty.screen().contains("exit code 0"), pty.screen());
        }
        assertFalse(isRunning(name));
    }

    @Test
    void runItRmStillReportsTheExitCodeOfAContainerRemovedAtOnce() throws Exception {
        String name = newName("rm");
        try (PtyProcess pty = startMain(Map.of(), "run-rm", name)) {
            pty.await(PROMPT, START);
            pty.type("exit 5\r");
            Matcher outcome = pty.await(OUTCOME, STEP);
            assertEquals("EXITED 5", outcome.group(1) + " " + outcome.group(2), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
        }
        long deadline = System.nanoTime() + STEP.toNanos();
        while (exists(name) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(exists(name), "--rm should have removed the container");
    }

    @Test
    void ctrlCInterruptsTheContainersCommandNotTheSession() throws Exception {
        String name = newName("intr");
        try (PtyProcess pty = startMain(Map.of(), "run", name)) {
            pty.await(PROMPT, START);
            pty.type("sleep 100\r");
            Thread.sleep(500);
            pty.type("\u0003");
            pty.type("echo after-$((40+2))\r");
            pty.await(Pattern.compile("after-42"), STEP);
            pty.type("exit 7\r");
            Matcher outcome = pty.await(OUTCOME, STEP);
            assertEquals("EXITED 7", outcome.group(1) + " " + outcome.group(2), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
        }
    }

    @Test
    void ctrlPCtrlQDetachesAndTheContainerKeepsRunning() throws Exception {
        String name = newName("detach");
        try (PtyProcess pty = startMain(Map.of(), "run", name)) {
            pty.await(PROMPT, START);
            pty.type("\u0010\u0011");
            Matcher outcome = pty.await(OUTCOME, STEP);
            assertEquals("DETACHED", outcome.group(1), pty.screen());
            assertTrue(pty.screen().contains("keeps running"), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
        }
        assertTrue(isRunning(name), "the container should still run after detaching");
    }

    @Test
    void execItRunsASecondShellAndLeavesTheContainerRunning() throws Exception {
        String name = newName("exec");
        RunSpec sleeper = new RunSpec("busybox", Optional.of(name), List.of("sleep", "300"), List.of(), List.of(),
                List.of(), Map.of(Engine.LESSON_LABEL, "test"), false, false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        engine.create(sleeper);
        engine.start(name);
        try (PtyProcess pty = startMain(Map.of(), "exec", name)) {
            pty.await(PROMPT, START);
            pty.type("stty size; echo hi-$RANDOM-marker; exit 3\r");
            pty.await(Pattern.compile("hi-\\d+-marker"), STEP);
            Matcher outcome = pty.await(OUTCOME, STEP);
            assertEquals("EXITED 3", outcome.group(1) + " " + outcome.group(2), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
            assertTrue(Pattern.compile("(?m)^30 100\\r?$").matcher(pty.screen()).find(), pty.screen());
        }
        assertTrue(isRunning(name), "exec must not stop the container");
    }

    @Test
    void engineGoingAwayEndsTheSessionWithAClearOutcome() throws Exception {
        Optional<Path> engineSocket = unixSocketOfEngine();
        Assumptions.assumeTrue(engineSocket.isPresent(), "the engine is not on a Unix socket to proxy");
        String name = newName("gone");
        Path dir = Files.createTempDirectory("dt-it-proxy");
        try (UnixSocketProxy proxy = new UnixSocketProxy(dir.resolve("docker.sock"), engineSocket.get());
                PtyProcess pty = startMain(Map.of("DOCKER_HOST", "unix://" + dir.resolve("docker.sock")),
                        "run", name)) {
            pty.await(PROMPT, START);
            // an answer to typing proves the key loop runs (the start's reply may trail the prompt)
            pty.type("echo ready-$((40+2))\r");
            pty.await(Pattern.compile("ready-42"), STEP);
            proxy.close();
            Matcher outcome = pty.await(OUTCOME, Duration.ofSeconds(20));
            assertEquals("LOST ENGINE_GONE", outcome.group(1) + " " + outcome.group(2), pty.screen());
            assertEquals(0, pty.awaitExit(STEP), pty.screen());
            assertFalse(pty.screen().contains("Exception"), pty.screen());
        } finally {
            Files.deleteIfExists(dir.resolve("docker.sock"));
            Files.deleteIfExists(dir);
        }
    }

    private static Optional<Path> unixSocketOfEngine() {
        return session.current().map(probe -> probe.endpoint().host()).filter(host -> "unix".equals(host.getScheme()))
                .map(URI::getPath).map(Path::of);
    }

    private static boolean exists(String name) {
        return engine.containers(true).stream().map(ContainerSummary::name).anyMatch(name::equals);
    }

    private static boolean isRunning(String name) {
        return engine.containers(false).stream().map(ContainerSummary::name).anyMatch(name::equals);
    }
}
