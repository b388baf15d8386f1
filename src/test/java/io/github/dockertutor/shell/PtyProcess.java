package io.github.dockertutor.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run on a pseudo-terminal through util-linux {@code script}, typed into and read from
 * as a person would: what we write to script's stdin reaches the command as keys, what the
 * command draws comes back on script's stdout.
 */
final class PtyProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Thread reader;

    private PtyProcess(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        this.reader = new Thread(this::copyScreen, "pty-screen");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a shell command line on a pty of the given size; env adds to ours. */
    static PtyProcess start(String commandLine, int columns, int rows, Map<String, String> env) throws IOException {
        // SIGINT restored, as TutorProcess does: ^C on the pty must reach the tutor even when the
        // suite itself was started with SIGINT ignored
        String sized = "stty cols " + columns + " rows " + rows + "; exec env --default-signal=INT " + commandLine;
        ProcessBuilder builder = new ProcessBuilder(List.of("script", "-q", "-f", "-e", "-c", sized, "/dev/null"))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        return new PtyProcess(builder.start());
    }

    /** Whether util-linux script is there to give a child a pty. */
    static boolean available() {
        return io.github.dockertutor.InstalledProgram.answers("script", "--version");
    }

    private void copyScreen() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (screen) {
                    screen.write(buffer, 0, read);
                    screen.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the screen shows the pattern; returns the match, or fails with the screen so far. */
    Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (screen) {
            while (true) {
                Matcher matcher = pattern.matcher(screen.toString(StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return matcher;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("not seen within " + timeout + ": " + pattern + "\n--- screen ---\n"
                            + screen.toString(StandardCharsets.UTF_8));
                }
                screen.wait(Math.min(left, 200));
            }
        }
    }

    /** Waits for the process to end; its exit status, or fails with the screen so far. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + "\n--- screen ---\n" + screen());
        }
        reader.join(2000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
