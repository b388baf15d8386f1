package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lessons folder with nothing to learn is said to be so, instead of inviting the learner to start lesson 1. */
class EmptyCourseTest {
    @TempDir
    Path home;

    @Test
    void anEmptyLessonsFolderIsSaidToHaveNothingToStart() throws IOException {
        Path empty = Files.createDirectories(home.resolve("my-lessons"));
        Cli.Run run = Cli.run(home, home, Map.of("DOCKER_HOST", "unix://" + home.resolve("none.sock")), "quit\n",
                "--lang", "en", "--lessons", empty.toString(), "--workspace", home.resolve("ws").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("No lesson could be loaded, so there is nothing to start."), run.out());
        assertFalse(run.out().contains("'start 1'"), run.out());
    }
}
