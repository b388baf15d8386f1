package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tutor in a real terminal of a given size, through a tmux server of its own: a test types as a
 * learner does and reads the screen as it shows. Under CI=true a missing tmux fails the test
 * (scripts/test installs it); elsewhere the test is skipped.
 */
public final class TmuxTerminal implements AutoCloseable {
    private final String server;
    private final int columns;

    private TmuxTerminal(String server, int columns) {
        this.server = server;
        this.columns = columns;
    }

    /**
     * Starts the tutor's jar with these arguments in a terminal {@code columns} wide, with
     * DOCKERTUTOR_HOME set and DOCKER_HOST passed on (or set by {@code env}).
     */
    public static TmuxTerminal startTutor(String name, int columns, int rows, Path home, Map<String, String> env,
            String... args) throws IOException, InterruptedException {
        requireTmux();
        TmuxTerminal terminal = new TmuxTerminal("dockertutor-" + name + "-" + ProcessHandle.current().pid(), columns);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("env", "DOCKERTUTOR_HOME=" + home, "TERM=xterm-256color",
                "LANG=C.UTF-8"));
        String host = System.getenv("DOCKER_HOST");
        if (host != null && !env.containsKey("DOCKER_HOST")) {
            command.add("DOCKER_HOST=" + host);
        }
        env.forEach((key, value) -> command.add(key + "=" + value));
        command.addAll(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", TutorProcess.jar().toString()));
        command.addAll(List.of(args));
        terminal.tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                String.join(" ", command.stream().map(TmuxTerminal::quoted).toList()));
        terminal.tmux("set-option", "-g", "history-limit", "10000");
        return terminal;
    }

    public int columns() {
        return columns;
    }

    /** Types a line as a learner would: its characters, then Enter. */
    public void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-l", line);
        tmux("send-keys", "Enter");
    }

    /** Everything the terminal showed, scrolled-off lines included, each as the screen's row it was. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-S", "-");
    }

    /** The same, with the lines the terminal wrapped joined again as the tutor wrote them. */
    public String joinedScreen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-");
    }

    /** Waits until the screen shows {@code text} (wrapped lines joined); fails after {@code wait}. */
    public void await(String text, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String shown = "";
        while (System.nanoTime() < deadline) {
            shown = joinedScreen();
            if (shown.contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not seen within " + wait + ": " + text + "\n--- screen ---\n" + shown);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-server");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not return");
        }
        if (process.exitValue() != 0 && !args[0].equals("kill-server")) {
            fail("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    private static void requireTmux() {
        if (InstalledProgram.answers("tmux", "-V")) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("tmux is needed to see the tutor as a learner sees it (scripts/test installs it)");
        }
        Assumptions.abort("no tmux to show the tutor in a terminal");
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
