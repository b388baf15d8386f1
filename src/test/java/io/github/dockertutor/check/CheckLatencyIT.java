package io.github.dockertutor.check;

import static io.github.dockertutor.lesson.CheckKind.CONTAINER;
import static io.github.dockertutor.lesson.CheckKind.IMAGE;

import io.github.dockertutor.lesson.CheckSpec;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a check takes against a warm engine, beside the docker CLI doing one inspect. Off by
 * default (timings depend on the machine, so nothing here asserts one); run with
 * {@code -Dit.test=CheckLatencyIT -Ddockertutor.measure=true} and read the printed lines.
 */
@EnabledIfSystemProperty(named = "dockertutor.measure", matches = "true")
class CheckLatencyIT {
    private static final int RUNS = 300;

    @TempDir
    Path workspace;

    @Test
    void measure() {
        try (EngineFixture fixture = new EngineFixture()) {
            String image = fixture.busyboxTag("lat");
            String name = fixture.container(DockerCli.name("lat"));
            DockerCli.docker("run", "-d", "--name", name, "--label", DockerCli.LABEL, image, "sleep", "600");
            CheckContext context = fixture.context(workspace, StepActivity.startedAt("test", System.currentTimeMillis()));
            CheckSpec imageCheck = Specs.of(IMAGE, "ref", image);
            CheckSpec containerByName = Specs.of(CONTAINER, "name", name, "state", "running");
            CheckSpec containerByImage = Specs.of(CONTAINER, "image", image, "state", "running");
            CheckSpec missingImage = Specs.of(IMAGE, "ref", DockerCli.name("none"));
            report("image check (passes)", RUNS, () -> CheckRunner.evaluate(imageCheck, context));
            report("image check (fails, lists images)", RUNS, () -> CheckRunner.evaluate(missingImage, context));
            CheckSpec cached = Specs.of(IMAGE, "ref", image, "cached", true);
            CheckContext step = fixture.context(workspace, context.activity().withBaseline(CheckRunner.baseline(cached, context)));
            report("image check cached: true (inspect, info, events)", RUNS, () -> CheckRunner.evaluate(cached, step));
            report("container check by name", RUNS, () -> CheckRunner.evaluate(containerByName, context));
            report("container check by image", RUNS, () -> CheckRunner.evaluate(containerByImage, context));
            report("docker image inspect busybox (CLI process)", 50, () -> {
                DockerCli.docker("image", "inspect", "busybox");
                return CheckResult.passed("check.image.ok", "busybox", "-");
            });
        }
    }

    private static void report(String what, int runs, Supplier<CheckResult> run) {
        LatencyReport.report(what, runs, run);
    }
}
