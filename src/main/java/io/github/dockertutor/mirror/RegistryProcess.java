package io.github.dockertutor.mirror;

import io.github.dockertutor.engine.RegistryPing;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's {@code docker-registry}, run as the class mirror with everything in one folder: its
 * config, its data, its log and a pid file. Like scripts/engine, it stops only the process it
 * started, and only when that pid still runs docker-registry with our config.
 */
public final class RegistryProcess {
    static final String PROGRAM = "docker-registry";
    private final Path folder;
    private final Map<String, String> env;

    public RegistryProcess(Path folder, Map<String, String> env) {
        this.folder = folder;
        this.env = env;
    }

    public Path folder() {
        return folder;
    }

    Path config() {
        return folder.resolve("registry.yml");
    }

    Path pidFile() {
        return folder.resolve("registry.pid");
    }

    public Path logFile() {
        return folder.resolve("registry.log");
    }

    /** The address the running mirror was started with, read from its config. */
    public Optional<MirrorAddress> address() {
        try {
            for (String line : Files.readAllLines(config(), StandardCharsets.UTF_8)) {
                if (line.trim().startsWith("addr:")) {
                    return MirrorAddress.parse(line.trim().substring("addr:".length()).trim());
                }
            }
        } catch (IOException e) {
            // no config: never started here
        }
        return Optional.empty();
    }

    /** docker-registry on the PATH, if installed. */
    public Optional<Path> program() {
        return which(PROGRAM);
    }

    /** The pid of the registry this folder started, when it still runs. */
    public Optional<ProcessHandle> running() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile(), StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Guards against a pid the kernel has given to another program since. */
    private boolean isOurs(ProcessHandle process) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return cmdline.contains(PROGRAM) && cmdline.contains(config().toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the registry listening on the address; returns its process once it answers. */
    public ProcessHandle start(Path program, MirrorAddress address) throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(config(), """
                # Written by dockertutor mirror start; rewritten at every start.
                version: 0.1
                log:
                  level: info
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                http:
                  addr: %s
                """.formatted(folder.resolve("data"), address.listen()), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(program.toString(), "serve", config().toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .redirectErrorStream(true);
        Optional<Path> setsid = which("setsid");
        if (setsid.isPresent()) {
            // its own session: a Ctrl-C or a closed terminal of the teacher's must not end the mirror
            builder.command().add(0, setsid.get().toString());
        }
        Process process = builder.start();
        Files.writeString(pidFile(), process.pid() + "\n", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (RegistryPing.ping(address.local(), RegistryPing.TIMEOUT).answers()) {
                return process.toHandle();
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        stop(process.toHandle());
        throw new IOException("the registry did not answer on " + address.local() + "; see " + logFile());
    }

    /** Ends the registry: TERM, then KILL after ten seconds; removes the pid file. */
    public void stop(ProcessHandle process) throws InterruptedException {
        process.destroy();
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // a stale pid file is recognised as such at the next start
        }
    }

    private Optional<Path> which(String name) {
        String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isBlank() ? "." : dir, name);
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
