package io.github.dockertutor.check;

import static io.github.dockertutor.check.DockerCli.docker;
import static io.github.dockertutor.check.Specs.IMAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.engine.BuildContext;
import io.github.dockertutor.engine.BuildSpec;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.i18n.ShortList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The image check against the real engine, each option failing first and then passing. */
class ImageCheckIT {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path context;

    @RegisterExtension
    final EngineFixture fixture = new EngineFixture();

    private CheckResult check(CheckSpec spec, StepActivity activity) {
        return CheckRunner.evaluate(spec, fixture.context(context, activity));
    }

    private CheckResult check(CheckSpec spec) {
        return check(spec, StepActivity.startedAt("test", System.currentTimeMillis()));
    }

    @Test
    void missingThenTaggedThenRemoved() {
        String name = fixture.image(DockerCli.name("img"));
        CheckSpec present = Specs.of(IMAGE, "ref", name);
        CheckResult missing = check(present);
        assertEquals(CheckStatus.FAILED, missing.status());
        assertEquals("check.image.missing", missing.key());
        assertTrue(missing.render(EN).startsWith("no image tagged " + name + ":latest; you have: "), missing.render(EN));
        ShortList seen = (ShortList) missing.message().args().get(1);
        assertTrue(seen.items().contains("busybox:latest"), seen.items().toString());

        docker("tag", "busybox", name);
        assertEquals(CheckStatus.PASSED, check(present).status());
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", "docker.io/library/" + name + ":latest")).status());
        assertEquals("check.image.missing", check(Specs.of(IMAGE, "ref", name + ":other")).key());

        CheckSpec absent = Specs.of(IMAGE, "ref", name + ":latest", "absent", true);
        assertEquals("check.image.stillThere", check(absent).key());
        docker("rmi", name);
        assertEquals(CheckStatus.PASSED, check(absent).status());
        assertEquals("check.image.missing", check(present).key());
    }

    @Test
    void labelExposedPortAndCmd() throws IOException {
        String name = fixture.image(DockerCli.name("opts"));
        Files.writeString(context.resolve("Dockerfile"), String.join("\n", "FROM busybox",
                "LABEL " + DockerCli.LABEL + " course=dt", "EXPOSE 8080", "ENTRYPOINT [\"echo\"]", ""));
        docker("build", "-q", "-t", name, context.toString());
        assertEquals("check.image.label", check(Specs.of(IMAGE, "ref", name, "label", "course=other")).key());
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", name, "label", "course=dt")).status());
        CheckResult wrongPort = check(Specs.of(IMAGE, "ref", name, "exposes", "9090/tcp"));
        assertEquals("image " + name + ":latest does not expose port 9090/tcp; it exposes: 8080/tcp", wrongPort.render(EN));
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", name, "exposes", "8080")).status());
        // ENTRYPOINT resets the CMD busybox had
        assertEquals("check.image.noCmd", check(Specs.of(IMAGE, "ref", name, "hasCmd", true)).key());

        // a tag of its own: building the same tag again would leave the first image untagged behind
        String withCmd = fixture.image(DockerCli.name("opts-cmd"));
        Files.writeString(context.resolve("Dockerfile"), String.join("\n", "FROM busybox",
                "LABEL " + DockerCli.LABEL, "CMD [\"httpd\", \"-f\"]", ""));
        docker("build", "-q", "-t", withCmd, context.toString());
        assertEquals(CheckStatus.PASSED, check(Specs.of(IMAGE, "ref", withCmd, "hasCmd", true)).status());
    }

    /** Lesson 07's last two steps, done with the docker CLI in "another terminal". */
    @Test
    void cachedAndChangedRebuildsWithTheCli() throws IOException {
        String name = fixture.image(DockerCli.name("build"));
        Runnable build = () -> docker("build", "-t", name, context.toString());
        rebuilds(name, build);
    }

    /** The same steps done through the tutor's own build (docker-java). */
    @Test
    void cachedAndChangedRebuildsWithTheTutorsBuild() throws IOException {
        String name = fixture.image(DockerCli.name("build"));
        DockerEngine engine = fixture.engine();
        Runnable build = () -> {
            try {
                engine.build(new BuildSpec(context, "Dockerfile", List.of(name + ":latest"), Map.of(), false,
                        Map.of(Engine.LESSON_LABEL, "test")), BuildContext.scan(context, "Dockerfile"),
                        line -> { }, new Cancellation());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        rebuilds(name, build);
    }

    private void rebuilds(String name, Runnable rebuild) throws IOException {
        // each build leaves the one before it untagged: every id is removed at the end, not only the tag
        Runnable build = () -> {
            rebuild.run();
            fixture.engine().imageFacts(name).ifPresent(facts -> fixture.image(facts.id()));
        };
        Files.writeString(context.resolve("page.txt"), "version 1\n");
        Files.writeString(context.resolve("Dockerfile"), String.join("\n", "FROM busybox",
                "LABEL " + DockerCli.LABEL, "COPY page.txt /page.txt", ""));
        build.run();   // lesson 07 step 1, before the steps under test

        CheckSpec cached = Specs.of(IMAGE, "ref", name, "cached", true);
        CheckSpec changed = Specs.of(IMAGE, "ref", name, "changed", true);
        // step "rebuild-from-cache" starts right after that build: the build must not count
        StepActivity step = startStep(cached);
        assertEquals("check.image.notRebuilt", check(cached, step).key());
        assertEquals("check.image.notRebuilt", check(changed, step).key());

        build.run();   // nothing changed: every layer from the cache, same id
        assertEquals(CheckStatus.PASSED, check(cached, step).status(), check(cached, step).render(EN));
        assertEquals("check.image.sameId", check(changed, step).key());

        // step "change-and-rebuild"
        StepActivity next = startStep(changed);
        assertEquals("check.image.notRebuilt", check(changed, next).key());
        Files.writeString(context.resolve("page.txt"), "version 2\n");
        build.run();
        CheckResult changedResult = check(changed, next);
        assertEquals(CheckStatus.PASSED, changedResult.status(), changedResult.render(EN));
        assertEquals("check.image.notCached", check(cached, next).key(), "a changed build is not a cached one");
        build.run();   // the hint: build once more and every step comes from the cache
        assertEquals(CheckStatus.PASSED, check(cached, next).status());
    }

    private StepActivity startStep(CheckSpec spec) {
        StepActivity started = StepActivity.startedAt("test", System.currentTimeMillis());
        Map<String, String> baseline = CheckRunner.baseline(spec, fixture.context(context, started));
        assertTrue(baseline.containsKey(ImageCheck.BASELINE_ID) && baseline.containsKey(ImageCheck.BASELINE_TIME),
                baseline.toString());
        return started.withBaseline(baseline);
    }
}
