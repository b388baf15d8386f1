package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code dockertutor new lesson} writes, verify proves on the real engine as it stands: the
 * practice step's check fails before it and for its wrong attempt, and passes after its solution;
 * the quiz too. A teacher starts from a lesson that works.
 */
class NewLessonIT {
    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @Test
    void verifyAcceptsTheSkeleton() throws IOException {
        Files.createDirectories(dir.resolve("course"));
        Map<String, String> env = Map.of("DOCKER_HOST", System.getenv().getOrDefault("DOCKER_HOST", ""));
        Cli.Run made = Cli.run(dir.resolve("home"), dir, env, "", "--lang", "en", "new", "lesson", "course/10-first-try");
        assertEquals(ExitCode.OK, made.code(), made.out() + made.err());

        Cli.Run verify = Cli.run(dir.resolve("home"), dir, env, "", "--lang", "en", "verify", "course");
        assertEquals(ExitCode.OK, verify.code(), verify.out() + verify.err());
        assertTrue(verify.out().contains("ok      10-first-try/say-hello (wrong attempts: 1)"), verify.out());
        assertTrue(verify.out().contains("ok      10-first-try/what-happened"), verify.out());
        assertTrue(verify.out().contains("2 hold, 0 broken"), verify.out());
        assertTrue(slate.engine().containers(true).stream().noneMatch(c -> c.labels().containsKey(Engine.LESSON_LABEL)),
                "verify left a container: " + slate.engine().containers(true));
    }
}
