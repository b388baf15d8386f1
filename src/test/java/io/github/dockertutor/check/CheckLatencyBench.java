package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.CONTAINER;
import static io.github.dockertutor.check.Specs.DOCKERFILE;
import static io.github.dockertutor.check.Specs.FILE;
import static io.github.dockertutor.check.Specs.HTTP;
import static io.github.dockertutor.check.Specs.IMAGE;
import static io.github.dockertutor.check.Specs.QUIZ;

import io.github.dockertutor.RealEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Latency of every check kind against a warm engine, for bench/checks: a main, so it runs
 * without Maven (speed is measured in benchmarks, not in tests), with objects named dt-bench-*
 * (the bench's share of a shared engine), all removed at the end. Argument: runs per check
 * (default 300). Prints one LATENCY line per check.
 */
public final class CheckLatencyBench {
    private CheckLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path workspace = Files.createTempDirectory("dt-bench-checks");
        String id = UUID.randomUUID().toString().substring(0, 8);
        try (EngineFixture fixture = EngineFixture.open()) {
            String image = fixture.image("dt-bench-chk-" + id + ":1");
            DockerCli.docker("tag", "busybox", image);
            String name = fixture.container("dt-bench-chk-" + id);
            int port = ContainerCheckIT.freePort();
            DockerCli.docker("run", "-d", "--name", name, "--label", DockerCli.LABEL, "-p", port + ":8888", image,
                    "sh", "-c", "mkdir -p /www && echo '<h1>hello from a container</h1>' > /www/index.html"
                            + " && exec httpd -f -p 8888 -h /www");
            Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
            Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\n"
                    + "COPY index.html /www/index.html\nEXPOSE 8080\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\"]\n");
            // the lesson the bench's container is labelled with, so that "by image" counts it
            StepActivity activity = StepActivity.startedAt(RealEngine.TEST_LABEL_VALUE, System.currentTimeMillis())
                    .withAnswer("b");
            CheckContext context = fixture.context(workspace, activity);

            CheckSpec http = Specs.of(HTTP, "port", port, "path", "/", "status", 200, "contains", "hello");
            for (int i = 0; i < 50 && !CheckRunner.evaluate(http, context).passed(); i++) {
                Thread.sleep(100);   // httpd needs a moment to listen
            }
            CheckSpec cached = Specs.of(IMAGE, "ref", image, "cached", true);
            CheckContext step = fixture.context(workspace, activity.withBaseline(CheckRunner.baseline(cached, context)));
            // a rebuild that changed nothing names the image again, with the id it had: the tag
            // event that "cached" looks for, so that the bench times the check passing
            DockerCli.docker("tag", "busybox", image);
            List<Object[]> checks = List.of(
                    new Object[] {"image (passes)", Specs.of(IMAGE, "ref", image), context},
                    new Object[] {"image (fails: lists images)", Specs.of(IMAGE, "ref", "dt-bench-none-" + id), context},
                    new Object[] {"image cached: true (inspect, events)", cached, step},
                    new Object[] {"container by name, running",
                            Specs.of(CONTAINER, "name", name, "state", "running"), context},
                    new Object[] {"container by image, running",
                            Specs.of(CONTAINER, "image", image, "state", "running"), context},
                    new Object[] {"http (a page on a published port)", http, context},
                    new Object[] {"file (workspace, contains)",
                            Specs.of(FILE, "path", "index.html", "contains", "My first image"), context},
                    new Object[] {"dockerfile (parse, instructions, from)", Specs.of(DOCKERFILE, "path", "Dockerfile",
                            "instructions", List.of("FROM", "RUN", "COPY", "EXPOSE", "CMD"), "from", "busybox"), context},
                    new Object[] {"quiz (answer given)", Specs.of(QUIZ, "answer", "b"), context});
            for (Object[] check : checks) {
                CheckSpec spec = (CheckSpec) check[1];
                CheckContext in = (CheckContext) check[2];
                LatencyReport.report((String) check[0], runs, () -> CheckRunner.evaluate(spec, in));
            }
        } finally {
            try (Stream<Path> files = Files.walk(workspace)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
