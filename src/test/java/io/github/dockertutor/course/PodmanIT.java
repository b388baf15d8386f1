package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.base.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Podman as a second real engine: its Docker-compatible service, started here in a folder of its
 * own (scripts/engine start-podman; without root or Linux the test is skipped, and fails under
 * CI=true). doctor names it, and verify proves the practice lessons that pull, run, publish a port
 * and build (3 to 7) on it, where Podman differs from dockerd: a cached rebuild is a "build" event
 * with the image's id and no "tag", and its events API answers an until in the past with nothing.
 */
class PodmanIT {
    private static final List<String> LESSONS = List.of("03-pull-an-image", "04-run-a-container", "05-publish-a-port",
            "06-write-a-dockerfile", "07-build-an-image");
    private static PrivateEngine podman;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPodman() throws Exception {
        podman = PrivateEngine.startPodman("pm");
    }

    @AfterAll
    static void stopPodman() throws Exception {
        if (podman != null) {
            podman.close();
        }
    }

    private Cli.Run tutor(String... args) {
        return Cli.run(dir.resolve("home"), dir, Map.of("DOCKER_HOST", podman.podmanHost()), "", args);
    }

    @Test
    void doctorNamesPodman() {
        Cli.Run run = tutor("--lang", "en", "doctor");
        assertTrue(run.out().contains("Podman Engine 4."), run.out());
        assertTrue(run.out().contains("Using: " + podman.podmanHost() + " (Podman Engine"), run.out());
    }

    @Test
    void thePracticeLessonsHoldOnPodman() throws IOException {
        Path course = Files.createDirectories(dir.resolve("course"));
        for (String lesson : LESSONS) {
            copy(Path.of("lessons", lesson), course.resolve(lesson));
        }
        Cli.Run run = tutor("--lang", "en", "verify", course.toString());
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("ok      03-pull-an-image/pull-busybox"), run.out());
        assertTrue(run.out().contains("ok      05-publish-a-port/open-the-page"), run.out());
        assertTrue(run.out().contains("ok      07-build-an-image/rebuild-from-cache"), run.out());
        assertTrue(run.out().contains(" 0 broken"), run.out());
    }

    private static void copy(Path from, Path to) throws IOException {
        io.github.dockertutor.CourseParts.copyTree(from, to);
    }
}
