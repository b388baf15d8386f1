package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real tutor as a separate process, driven through its standard input like a script a teacher
 * would pipe in, with its output collected as it comes. Used by tests that need a whole process:
 * signals, exit codes, what a person would see.
 */
public final class TutorProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final OutputStream stdin;

    private TutorProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(() -> pump(process.getInputStream()), "tutor-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The jar Maven built: Failsafe passes its path in DOCKERTUTOR_JAR. */
    public static Path jar() {
        String jar = System.getenv("DOCKERTUTOR_JAR");
        return Path.of(jar != null ? jar : "target/dockertutor.jar").toAbsolutePath();
    }

    public static TutorProcess start(Path dataHome, Map<String, String> env, String... args) throws IOException {
        return startAs(List.of(), dataHome, env, args);
    }

    /** As {@link #start}, with a command put before java: {@code setpriv --reuid=65534 …} runs it as another user. */
    public static TutorProcess startAs(List<String> prefix, Path dataHome, Map<String, String> env, String... args)
            throws IOException {
        // SIGINT restored: a JVM started with it ignored (the suite run by "mvn verify &" in a script)
        // never installs its Ctrl-C handler, and a test that sends one would end the tutor or wait in vain
        return start(prefix, "--default-signal=INT", dataHome, env, args);
    }

    /** As {@link #start}, with SIGINT ignored, as "cmd &" in a script starts it: Ctrl-C cannot reach it. */
    public static TutorProcess startWithCtrlCIgnored(Path dataHome, Map<String, String> env, String... args)
            throws IOException {
        return start(List.of(), "--ignore-signal=INT", dataHome, env, args);
    }

    private static TutorProcess start(List<String> prefix, String signals, Path dataHome, Map<String, String> env,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("env", signals));
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKERTUTOR_HOME", dataHome.toString());
        builder.environment().putAll(env);
        return new TutorProcess(builder.start());
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Types a line. */
    public void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Waits until the output, from the given offset on, contains the text; fails with the output so far. */
    public int await(String text, int from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int at = output.indexOf(text, from);
            if (at >= 0) {
                return at + text.length();
            }
            if (!process.isAlive() && output.indexOf(text, from) < 0) {
                Thread.sleep(100);
                if (output.indexOf(text, from) < 0) {
                    fail("the tutor ended (exit " + process.exitValue() + ") before printing \"" + text + "\":\n" + output);
                }
            }
            Thread.sleep(20);
        }
        fail("no \"" + text + "\" within " + timeout + ":\n" + output);
        return -1;
    }

    public int length() {
        return output.length();
    }

    public String output() {
        return output.toString();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal would. */
    public void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes standard input (Ctrl-D) and waits for the exit code. */
    public int finish(Duration timeout) throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the tutor did not end within " + timeout + ":\n" + output);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
