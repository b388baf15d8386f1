package io.github.dockertutor.shell;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.console.ShellContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One key from a fresh clone to practice: where no engine answers on Linux as root, and the
 * learner chose none (no DOCKER_HOST, no context), the tutor offers to start the private engine
 * that comes with it ({@code scripts/engine start}, next to the tutor's jar), shows its progress,
 * and goes on with it. Anywhere else it only says what to install and start.
 */
final class PrivateEngineOffer {
    private final Environment environment;

    PrivateEngineOffer(Environment environment) {
        this.environment = environment;
    }

    /** The script, when this machine could run it: Linux, root, and the script beside the tutor. */
    Optional<Path> script() {
        if (!environment.osName().toLowerCase(java.util.Locale.ROOT).startsWith("linux")
                || !"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        return beside().filter(Files::isExecutable);
    }

    /** Asks, and starts the engine on a yes; whether it started. */
    boolean offer(ShellContext context, Path script) {
        if (!context.confirm("engine.offerStart", script)) {
            return false;
        }
        context.say("engine.starting");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "start").redirectErrorStream(true);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    context.sayText("  " + line);
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                context.say("engine.startFailed", code);
            }
            return code == 0;
        } catch (IOException e) {
            context.say("engine.startFailed", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** scripts/engine of the folder the tutor's jar was built in (target/dockertutor.jar), or of the working folder. */
    private Optional<Path> beside() {
        try {
            Path jar = Path.of(PrivateEngineOffer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = Files.isDirectory(jar) ? jar.getParent() : jar.getParent().getParent();
            if (home != null && Files.exists(home.resolve("scripts/engine"))) {
                return Optional.of(home.resolve("scripts/engine"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to go by: the working folder may still be the clone
        }
        Path here = environment.workingDir().resolve("scripts/engine");
        return Files.exists(here) ? Optional.of(here) : Optional.empty();
    }
}
