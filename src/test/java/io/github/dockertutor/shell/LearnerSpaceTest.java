package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.check.CheckKind;
import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.check.Specs;
import io.github.dockertutor.cli.CliArguments;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseResources;
import io.github.dockertutor.lesson.LearnerNames;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A learner's prefix and port offset, applied to the shipped course at load time. */
class LearnerSpaceTest {
    private static final Course COURSE = LessonLoader.load(Path.of("lessons"));

    private static LearnerNames learner(Map<String, String> env, String... args) throws Exception {
        return LearnerSpace.read(CliArguments.parse(args), new Environment(env, Path.of("/home/x"), "Linux",
                Path.of("/tmp")), () -> COURSE).orElseThrow();
    }

    private static Step step(Course course, String lesson, String step) {
        return course.lesson(lesson).orElseThrow().step(step).orElseThrow();
    }

    @Test
    void theCourseNamesAndPortsAreFoundInItsSolutionsAndChecks() {
        CourseResources resources = CourseResources.of(COURSE);
        assertTrue(resources.containerNames().containsAll(Set.of("first-box", "web-1234", "my-web")),
                resources.containerNames().toString());
        assertTrue(resources.hostPorts().contains(1234), resources.hostPorts().toString());
    }

    @Test
    void lesson05ShowsChecksAndSolvesWithTheLearnersNamesAndPorts() throws Exception {
        Course course = learner(Map.of(), "--prefix", "alice", "--port-offset", "100").apply(COURSE);
        Step run = step(course, "05-publish-a-port", "run-web-server");
        assertEquals(1334, run.check().integer("port"));
        assertEquals("docker run -d --name alice-web-1234 -p 1334:8888 busybox sh -c \"mkdir -p /www && echo hello"
                + " from a container > /www/index.html && httpd -f -p 8888 -h /www\"", run.solution().commands().get(0));
        String lastHint = run.hints().get(2).text().get(Language.EN);
        assertTrue(lastHint.contains("`docker run -d --name alice-web-1234 -p 1334:8888 busybox"), lastHint);
        assertTrue(lastHint.contains("`docker rm -f alice-web-1234`"), lastHint);
        assertTrue(run.hints().get(2).text().get(Language.ZH_TW).contains("alice-web-1234"));
        Step remove = step(course, "05-publish-a-port", "remove-web-server");
        assertEquals("alice-web-1234", remove.check().string("name"));
        assertEquals("docker rm -f alice-web-1234", remove.solution().commands().get(0));
        // the busybox image is not the lessons' own name: pulled from Docker Hub, it stays as it is
        assertFalse(course.lesson("05-publish-a-port").orElseThrow().images().contains("alice-busybox:latest"));
    }

    @Test
    void builtImagesAndTheirChecksCarryThePrefix() throws Exception {
        Course course = learner(Map.of("DOCKERTUTOR_PREFIX", "bob"), "--lang", "en").apply(COURSE);
        boolean sawImageCheck = false;
        boolean sawCommandCheck = false;
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                CheckSpec check = step.check();
                if (check.kind() == Specs.OBSERVATION && String.valueOf(check.string("container")).endsWith("my-web")) {
                    assertEquals("bob-my-web", check.string("container"));
                    sawCommandCheck = true;
                }
                if (check.kind() == Specs.IMAGE && check.string("ref").contains("my-first-image")) {
                    assertTrue(check.string("ref").startsWith("bob-my-first-image"), check.string("ref"));
                    sawImageCheck = true;
                }
                for (String command : step.solution().commands()) {
                    assertFalse(command.matches(".*(?<![\\w-])(my-first-image|web-1234|my-web|first-box)(?![\\w-]).*"),
                            "unprefixed name left in " + command);
                }
            }
        }
        assertTrue(sawImageCheck);
        assertTrue(sawCommandCheck);
    }

    @Test
    void namesInsideLongerWordsAndProseOutsideCodeStayAlone() {
        LearnerNames names = new LearnerNames("alice", 100, Set.of("web-1234", "my-web"), Set.of(1234));
        assertEquals("docker rm -f alice-web-1234 alice-my-web my-web-server", names.rewrite("docker rm -f web-1234 my-web my-web-server"));
        assertEquals("curl http://localhost:1334/ and 127.0.0.1:1334", names.rewrite("curl http://localhost:1234/ and 127.0.0.1:1234"));
        assertEquals("-p 1334:8888 -p 8888:1234", names.rewrite("-p 1234:8888 -p 8888:1234"));
        assertEquals("the door is 1234, see `1334` and `alice-my-web`",
                names.inCode("the door is 1234, see `1234` and `my-web`"));
        assertEquals("```\ndocker run --name alice-my-web -p 1334:80 x\n```\nmy-web",
                names.inCode("```\ndocker run --name my-web -p 1234:80 x\n```\nmy-web"));
        assertEquals(names.rewrite("alice-web-1234"), "alice-web-1234", "rewriting twice changes nothing");
    }

    @Test
    void refusesPrefixesDockerCannotUseAndOffsetsPast65535() {
        CliArguments.UsageException bad = assertThrows(CliArguments.UsageException.class,
                () -> learner(Map.of(), "--prefix", "Alice Smith"));
        assertEquals("prefix.error.invalid", bad.key());
        assertThrows(CliArguments.UsageException.class, () -> learner(Map.of(), "--port-offset", "70000"));
        assertThrows(CliArguments.UsageException.class, () -> learner(Map.of("DOCKERTUTOR_PORT_OFFSET", "-5")));
        assertTrue(LearnerNames.validPrefix("team_2-bob"));
        assertFalse(LearnerNames.validPrefix("-bob"));
    }
}
