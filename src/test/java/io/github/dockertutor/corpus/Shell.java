package io.github.dockertutor.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The learner's terminal for the corpus: {@code bash -c LINE} in a folder, with the docker CLI
 * talking to the test's engine, as a tutorial reader would type the line. A line that does not
 * end gets Ctrl-C (SIGINT to its process group) after a while, as a reader would press it, then
 * is killed.
 */
final class Shell {
    record Result(int exitCode, String output, boolean interrupted) {
    }

    private final Map<String, String> environment;

    Shell(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    /**
     * A reader's terminal in {@code scratch}: a home and docker config of its own, the classic
     * builder (the one the tutor builds with), and the test's engine.
     */
    static Map<String, String> readerEnvironment(Path scratch) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", scratch.resolve("home").toString());
        environment.put("DOCKER_CONFIG", scratch.resolve("docker-config").toString());
        environment.put("DOCKER_BUILDKIT", "0");
        String host = System.getenv("DOCKER_HOST");
        if (host != null) {
            environment.put("DOCKER_HOST", host);
        }
        Files.createDirectories(scratch.resolve("home"));
        Files.createDirectories(scratch.resolve("docker-config"));
        return environment;
    }

    /** Runs docker with these arguments in the background of a slate (fixtures, cleanup); its output. */
    Result docker(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return run(command, folder, 120, 0);
    }

    /** A tutorial's line, through bash, Ctrl-C after {@code patience} seconds. */
    Result line(String line, Path folder, int patience) {
        // setsid: the line's own process group, so Ctrl-C reaches docker and not only bash
        return run(List.of("setsid", "bash", "-c", line), folder, patience, 5);
    }

    private Result run(List<String> command, Path folder, int patience, int grace) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            boolean interrupted = false;
            if (!process.waitFor(patience, TimeUnit.SECONDS)) {
                interrupted = true;
                signal("INT", process.pid());
                if (!process.waitFor(grace, TimeUnit.SECONDS)) {
                    signal("KILL", process.pid());
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
            reader.join(5000);
            return new Result(process.isAlive() ? -1 : process.exitValue(), output.toString(), interrupted);
        } catch (IOException e) {
            return new Result(-1, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted", false);
        }
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, "--", "-" + pid).start().waitFor(5, TimeUnit.SECONDS);
    }
}
