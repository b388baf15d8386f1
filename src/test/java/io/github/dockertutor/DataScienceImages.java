package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Waits for the data-science images that {@code scripts/test} builds beside the tests rather than
 * before them ({@code scripts/engine images}: minutes on a fresh machine). An integration test
 * calls {@link #await} before it needs python, jupyter or registry; the engine then pulls them from
 * its mirror as from Docker Hub.
 *
 * <p>An image is there when the engine has it or the private registry (the engine's Docker Hub
 * mirror) lists its tag. While the build's status file says {@code state=building}, this polls; a
 * build that failed or died fails the test with its log. With no build under way (an engine that
 * reaches Docker Hub itself, say) it returns at once and the test's own pull says what it finds.
 * Under CI=true running out of time fails; elsewhere it skips the test with the reason.
 */
public final class DataScienceImages {
    public static final String PYTHON = "python:3.11-slim";
    public static final String JUPYTER = "jupyter/base-notebook:2023-10-20";
    public static final String REGISTRY = "registry:2";

    /** Generous: a busy fresh machine took up to ten minutes to build them all. */
    private static final Duration LIMIT = Duration.ofMinutes(12);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);
    private static final int LOG_LINES = 30;

    private DataScienceImages() {
    }

    /** Waits for all three images. */
    public static void await() {
        await(PYTHON, JUPYTER, REGISTRY);
    }

    /** Waits for the images named like Docker Hub's ({@code python:3.11-slim}). */
    public static void await(String... references) {
        List<String> missing = missing(List.of(references));
        if (missing.isEmpty()) {
            return;
        }
        Path status = statusFile();
        long start = System.nanoTime();
        long lastReport = start;
        while (true) {
            Map<String, String> build = readStatus(status);
            String state = build.getOrDefault("state", "");
            if (state.equals("failed") || state.equals("building") && !alive(build.get("pid"))) {
                fail("The background build of " + String.join(", ", missing) + " failed (" + status + "), so "
                        + "the engine cannot pull them. Its log ends:\n" + logTail(build.get("log"))
                        + "\nRun it again with: scripts/engine images");
            }
            if (!state.equals("building")) {
                // No build under way (none started, or it ended): the test's own pull tells.
                return;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(LIMIT) > 0) {
                String message = "Waited " + LIMIT.toMinutes() + " minutes for the background build of "
                        + String.join(", ", missing) + " (" + status + "), and it still runs. Its log: "
                        + build.get("log");
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
            if (System.nanoTime() - lastReport >= REPORT_EVERY.toNanos()) {
                lastReport = System.nanoTime();
                System.err.println("DataScienceImages: waited " + waited.toSeconds() + " s for "
                        + String.join(", ", missing) + " (the background build's log: " + build.get("log") + ")");
            }
            sleep();
            missing = missing(missing);
            if (missing.isEmpty()) {
                return;
            }
        }
    }

    private static List<String> missing(List<String> references) {
        List<String> missing = new ArrayList<>();
        try (EngineSession session = RealEngine.session()) {
            DockerEngine engine = new DockerEngine(session);
            for (String reference : references) {
                if (!inRegistry(reference) && !inEngine(engine, reference)) {
                    missing.add(reference);
                }
            }
        }
        return missing;
    }

    private static boolean inEngine(DockerEngine engine, String reference) {
        try {
            return engine.inspectImage(reference).isPresent();
        } catch (EngineException e) {
            return false;
        }
    }

    /** Whether the private registry lists the tag, under Docker Hub's name (library/ for official images). */
    static boolean inRegistry(String reference) {
        int colon = reference.lastIndexOf(':');
        String repository = reference.substring(0, colon);
        String tag = reference.substring(colon + 1);
        if (!repository.contains("/")) {
            repository = "library/" + repository;
        }
        String port = Optional.ofNullable(System.getenv("DOCKERTUTOR_REGISTRY_PORT")).orElse("5000");
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v2/" + repository + "/tags/list"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"" + tag + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where scripts/test said the status is, else the default state folder's. */
    static Path statusFile() {
        String exported = System.getenv("DOCKERTUTOR_ENGINE_IMAGES_STATUS");
        if (exported != null && !exported.isBlank()) {
            return Path.of(exported);
        }
        String dir = Optional.ofNullable(System.getenv("DOCKERTUTOR_ENGINE_DIR")).orElse("/tmp/dockertutor-engine");
        return Path.of(dir, "images.status");
    }

    /** The status file's key=value lines; none when it is missing or unreadable. */
    static Map<String, String> readStatus(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> !line.startsWith("#") && line.contains("="))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                            line -> line.substring(line.indexOf('=') + 1), (a, b) -> b));
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** A build whose process is gone (killed outright) never writes failed; it has failed all the same. */
    private static boolean alive(String pid) {
        return pid != null && pid.matches("[0-9]+") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
    }

    private static String logTail(String log) {
        if (log == null) {
            return "(no log named)";
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(log));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the data-science images");
        }
    }
}
