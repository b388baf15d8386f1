package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.app.Main;
import io.github.dockertutor.base.Environment;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner who writes the workspace's files with another editor (VS Code) moves on when the file
 * is saved, without typing a command: the workspace watch has the step checked. Lesson 6's file
 * steps need no engine, so none is there.
 */
class SavedOutsideTest {
    /** How long a saved file may take to be seen; generous, since this only bounds a failing run. */
    private static final long PATIENCE_MILLIS = 30_000;

    @TempDir
    Path home;

    private final StringBuffer screen = new StringBuffer();

    @Test
    void aFileSavedOutsideTheTutorCompletesTheStepWithoutACommand() throws Exception {
        Path workspace = Files.createDirectories(home.resolve("workspace"));
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard);
        Environment environment = new Environment(Map.of("DOCKERTUTOR_HOME", home.resolve("data").toString(),
                "DOCKER_HOST", "unix://" + home.resolve("no-engine.sock")), home, "Linux", home);
        PrintWriter out = new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                screen.append(text, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
        AtomicInteger code = new AtomicInteger(-1);
        Thread tutor = new Thread(() -> code.set(new Main(environment, in, out, out)
                .run(new String[] {"--lang", "en", "--workspace", workspace.toString()})));
        tutor.start();
        type(keyboard, "start 6\nanswer b\n");
        waitFor("Write the page");
        int typedSoFar = prompts();

        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        waitFor("Start from busybox");
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\n");
        waitFor("Copy the page in");
        assertEquals(typedSoFar, prompts(), "no line was typed since the files were saved");

        type(keyboard, "quit\n");
        tutor.join(PATIENCE_MILLIS);
        assertEquals(0, code.get(), screen.toString());
        String shown = screen.toString();
        assertTrue(shown.indexOf("Step done") < shown.indexOf("Start from busybox"), shown);
    }

    /** How many lines the script has typed, by their echo after the prompt. */
    private int prompts() {
        return screen.toString().split("docker> ", -1).length - 1;
    }

    private static void type(PipedOutputStream keyboard, String lines) throws IOException {
        keyboard.write(lines.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private void waitFor(String text) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (screen.indexOf(text) >= 0) {
                return;
            }
            Thread.sleep(50);
        }
        fail("never saw \"" + text + "\":\n" + screen);
    }
}
