package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Docker engine and registry of a test's own, started with scripts/engine in a short, unique
 * folder under /tmp with a free registry port, so a test may stop and start it at will while the
 * engine other tests share keeps running. It needs Linux and root: without them a test is skipped
 * with a clear message on a developer's machine, and FAILS under CI=true.
 */
public final class PrivateEngine implements AutoCloseable {
    private final Path dir;
    private final int registryPort;

    private PrivateEngine(Path dir, int registryPort) {
        this.dir = dir;
        this.registryPort = registryPort;
    }

    /** Starts a fresh instance; the folder name carries this JVM's pid and a tag, under 20 bytes. */
    public static PrivateEngine start(String tag) throws IOException, InterruptedException {
        requireRoot();
        Path dir = Path.of("/tmp", "dt" + tag + ProcessHandle.current().pid());
        PrivateEngine engine = new PrivateEngine(dir, freePort());
        engine.script("start");
        return engine;
    }

    /** A folder and a port for an engine that is not started: the tutor under test is to start it. */
    public static PrivateEngine unstarted(String tag) throws IOException, InterruptedException {
        requireRoot();
        return new PrivateEngine(Path.of("/tmp", "dt" + tag + ProcessHandle.current().pid()), freePort());
    }

    /**
     * What a tutor needs to find this engine by itself, as a newcomer's would find the one
     * scripts/engine started: its folder and registry port, and no DOCKER_HOST (empty counts as unset).
     */
    public Map<String, String> newcomerEnvironment() {
        return Map.of("DOCKERTUTOR_ENGINE_DIR", dir.toString(),
                "DOCKERTUTOR_REGISTRY_PORT", Integer.toString(registryPort),
                "DOCKERTUTOR_ENGINE_IMAGES", "busybox", "DOCKER_HOST", "", "DOCKER_CONTEXT", "",
                "DOCKER_CONFIG", dir.resolve("client").toString());
    }

    /** Starts Podman's Docker-compatible service (scripts/engine start-podman) alone, in a fresh folder. */
    public static PrivateEngine startPodman(String tag) throws IOException, InterruptedException {
        requireRoot();
        Path dir = Path.of("/tmp", "dt" + tag + ProcessHandle.current().pid());
        PrivateEngine engine = new PrivateEngine(dir, freePort());
        // Podman's push (seeding the registry) reads DOCKER_CONFIG's config.json and stops when it is missing
        Files.createDirectories(dir.resolve("client"));
        Files.writeString(dir.resolve("client/config.json"), "{}\n");
        try {
            engine.run(List.of("scripts/engine", "start-podman"), 300);
        } catch (AssertionError e) {
            // what did start (the registry, the service) stops with the test that failed
            engine.close();
            throw e;
        }
        return engine;
    }

    /** Podman's socket, after {@link #startPodman}. */
    public String podmanHost() {
        return "unix://" + dir.resolve("podman.sock");
    }

    public static void requireRoot() throws IOException, InterruptedException {
        String problem = null;
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")) {
            problem = "this test starts its own Docker engine, which runs only on Linux";
        } else if (!Files.isExecutable(Path.of("scripts/engine"))) {
            problem = "scripts/engine is missing";
        } else {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            id.waitFor();
            if (!uid.equals("0")) {
                problem = "this test starts its own Docker engine, which needs root (run the tests as root, as CI does)";
            }
        }
        if (problem != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(problem);
            }
            Assumptions.abort(problem);
        }
    }

    public String dockerHost() {
        return "unix://" + dir.resolve("docker.sock");
    }

    public int registryPort() {
        return registryPort;
    }

    public Path dir() {
        return dir;
    }

    public void stop() throws IOException, InterruptedException {
        script("stop");
    }

    public void startAgain() throws IOException, InterruptedException {
        script("start");
    }

    /**
     * Freezes the engine with SIGSTOP: its socket still accepts connections, and nothing answers,
     * as with a paused VM or a hung dockerd. Always {@link #thaw} it again in a {@code finally}.
     */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Lets a {@link #freeze frozen} engine run again (SIGCONT). */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** Signals this engine's own dockerd, by the pid file scripts/engine wrote; never another process. */
    private void signal(String name) throws IOException, InterruptedException {
        String pid = Files.readString(dir.resolve("dockerd.pid"), StandardCharsets.UTF_8).trim();
        if (!pid.matches("[0-9]+")) {
            fail("no pid in " + dir.resolve("dockerd.pid") + ": " + pid);
        }
        run(List.of("kill", "-" + name, pid), 10);
    }

    /**
     * Stops this engine's registry, its Docker Hub mirror and, with no Internet, its only source
     * of images, as when a classroom's network is gone; and proves it: a pull of busybox, which
     * that registry always serves, then fails (else the test calling this would prove nothing).
     */
    public void cutOffRegistry() throws IOException, InterruptedException {
        String pid = Files.readString(dir.resolve("registry.pid"), StandardCharsets.UTF_8).trim();
        if (!pid.matches("[0-9]+")) {
            fail("no pid in " + dir.resolve("registry.pid") + ": " + pid);
        }
        // KILL, as a network that is gone gives no notice: a TERM costs 2 s of graceful shutdown
        run(List.of("kill", "-KILL", pid), 10);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                fail("the registry (pid " + pid + ") still runs 30 s after a KILL");
            }
            Thread.sleep(50);
        }
        Ended pull = exec(List.of("timeout", "60", "docker", "pull", "busybox:latest"), 90);
        assertNotEquals(0, pull.code(), "a pull still worked with the registry stopped:\n" + pull.output());
    }

    /** Runs the docker command against this engine (its own client config); fails on a non-zero exit. */
    public String docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return run(command, 120);
    }

    /** Runs a shell line with DOCKER_HOST pointing here; fails on a non-zero exit. */
    public String shell(String line) throws IOException, InterruptedException {
        return run(List.of("bash", "-c", "set -euo pipefail; " + line), 120);
    }

    private void script(String verb) throws IOException, InterruptedException {
        run(List.of("scripts/engine", verb), 120);
    }

    private String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Ended ended = exec(command, seconds);
        assertEquals(0, ended.code(), command + " failed:\n" + ended.output());
        return ended.output();
    }

    private record Ended(int code, String output) {
    }

    private Ended exec(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DOCKERTUTOR_ENGINE_DIR", dir.toString());
        env.put("DOCKERTUTOR_REGISTRY_PORT", Integer.toString(registryPort));
        env.put("DOCKER_HOST", dockerHost());
        env.put("DOCKER_CONFIG", dir.resolve("client").toString());
        env.remove("DOCKER_CONTEXT");
        // its registry serves busybox alone, whatever the caller's shell says: python, jupyter and
        // registry would be copied there too, or built for minutes where no cache has them
        env.put("DOCKERTUTOR_ENGINE_IMAGES", "busybox");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not end within " + seconds + " s");
        }
        return new Ended(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the engine and removes its folder (images and containers of this test only). */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
