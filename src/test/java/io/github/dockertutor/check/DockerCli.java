package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code docker} command, as a learner types it in another terminal: a check must pass
 * the same way for what the CLI did as for what the tutor did. It talks to the engine DOCKER_HOST
 * names, the same one {@link RealEngine} finds. Uses the classic builder (DOCKER_BUILDKIT=0), the
 * one the tutor's own builds use too.
 */
public final class DockerCli {
    /** The label every test object carries, so a leftover is recognisable. */
    static final String LABEL = Engine.LESSON_LABEL + "=" + RealEngine.TEST_LABEL_VALUE;

    private DockerCli() {
    }

    /** A fresh name for a test object; the shared engine's rule is the dt-chk- prefix. */
    static String name(String what) {
        return "dt-chk-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs docker with these arguments; fails the test when it fails. Returns its output. */
    public static String docker(String... args) {
        Result result = run(args);
        assertEquals(0, result.exitCode(), "docker " + String.join(" ", args) + "\n" + result.output());
        return result.output().strip();
    }

    /** Runs docker and ignores a failure (cleanup of what may already be gone). */
    public static void quietly(String... args) {
        run(args);
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_BUILDKIT", "0");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("the docker command is needed for this test: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
