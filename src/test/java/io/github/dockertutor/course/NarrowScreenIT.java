package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.render.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutor in a terminal 40 columns wide, in Chinese, the way a learner sees it, through tmux: the
 * long commands of lessons 5 and 8 are copied from the screen as shown, continuation lines and all,
 * typed into the tutor line by line, and pass their steps on the real engine. No line on the screen
 * is wider than the terminal.
 */
class NarrowScreenIT {
    @RegisterExtension
    static final CourseCleanSlate SLATE = new CourseCleanSlate();

    private static final int COLUMNS = 40;
    private static final int ROWS = 30;
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** The rule below a block of code, in the colours of a real terminal: box-drawing horizontals. */
    private static final String RULE = "─";

    @TempDir
    Path dir;

    private String server;

    @BeforeEach
    void needsTmux() {
        if (!tmuxAvailable()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("tmux is needed to see the tutor as a learner sees it (scripts/test installs it)");
            }
            Assumptions.abort("no tmux to show the tutor in a terminal");
        }
        server = "dockertutor-narrow-" + ProcessHandle.current().pid();
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (server != null) {
            tmux("kill-server");
        }
    }

    @Test
    void lessonFivesLongCommandCopiedFromTheScreenPassesTheStep() throws Exception {
        startTutor();
        type("start 5");
        await("[第 5 課 1/4] docker>");
        List<String> command = lastBlockWith("docker run -d --name web-1234");
        assertTrue(command.size() > 1, "the command goes on over several lines: " + command);
        assertTrue(command.get(0).endsWith(" \\"), command.toString());
        for (String line : command) {
            type(line);
        }
        await("[第 5 課 2/4] docker>");
        assertTrue(screen().contains("這一步完成了"), screen());
        everyLineFits();
    }

    @Test
    void lessonEightsCommandCopiedFromTheScreenPassesTheStep() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        Files.writeString(workspace.resolve("Dockerfile"), String.join("\n", "FROM busybox", "RUN mkdir -p /www",
                "COPY index.html /www/index.html", "EXPOSE 8080", "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]", ""));
        startTutor();
        type("docker build -t my-first-image .");
        await("已建置映像檔");
        type("start 8");
        await("[第 8 課 1/3] docker>");
        List<String> command = lastBlockWith("docker run -d --name my-web");
        assertTrue(command.size() > 1, "at 40 columns the command goes on in a second line: " + command);
        for (String line : command) {
            type(line);
        }
        await("[第 8 課 2/3] docker>");
        everyLineFits();
    }

    private void startTutor() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("env", "DOCKERTUTOR_HOME=" + dir.resolve("home"),
                "TERM=xterm-256color", "LANG=C.UTF-8"));
        String host = System.getenv("DOCKER_HOST");
        if (host != null) {
            command.add("DOCKER_HOST=" + host);
        }
        command.addAll(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", TutorProcess.jar().toString(), "--lang", "zh-TW",
                "--workspace", dir.resolve("workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString()));
        List<String> session = new ArrayList<>(List.of("new-session", "-d", "-x", String.valueOf(COLUMNS), "-y",
                String.valueOf(ROWS)));
        session.add(String.join(" ", command.stream().map(NarrowScreenIT::quoted).toList()));
        tmux(session.toArray(String[]::new));
        tmux("set-option", "-g", "history-limit", "10000");
        await("docker>");
    }

    /** Types a line as a learner would: its characters, then Enter. */
    private void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-l", line);
        tmux("send-keys", "Enter");
    }

    /**
     * The lines of the last block on the screen holding {@code start}, as shown: from the line with
     * it to the rule under the block. The last one is the task shown again at the end of the page.
     */
    private List<String> lastBlockWith(String start) throws IOException, InterruptedException {
        List<String> lines = List.of(screen().split("\n", -1));
        for (int at = lines.size() - 1; at >= 0; at--) {
            if (lines.get(at).contains(start)) {
                List<String> block = new ArrayList<>();
                for (int i = at; i < lines.size() && !lines.get(i).startsWith(RULE); i++) {
                    block.add(lines.get(i));
                }
                return block;
            }
        }
        return fail("no block with " + start + " on the screen:\n" + screen());
    }

    /**
     * Nothing the tutor printed was wrapped by the terminal: the screen's lines joined where tmux
     * wrapped them are all within the width, but for what the learner typed after a prompt.
     */
    private void everyLineFits() throws IOException, InterruptedException {
        for (String line : tmux("capture-pane", "-p", "-J", "-S", "-").split("\n", -1)) {
            if (line.contains("docker> ") || line.startsWith("> ")) {
                continue; // the learner's own typing: the terminal wraps it, as any shell's
            }
            assertTrue(Columns.of(line.stripTrailing()) <= COLUMNS, Columns.of(line) + " columns: " + line);
            assertFalse(line.endsWith("→ │"), "a command cut short: " + line);
        }
    }

    /** Everything the terminal showed, scrolled-off lines included, each as the screen's row it was. */
    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-S", "-");
    }

    private void await(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String shown = "";
        while (System.nanoTime() < deadline) {
            // lines joined where the terminal wrapped them: a long echo of typed text is found whole
            shown = tmux("capture-pane", "-p", "-J", "-S", "-");
            if (shown.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("not seen within " + WAIT + ": " + text + "\n--- screen ---\n" + shown);
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

    private static boolean tmuxAvailable() {
        try {
            Process probe = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
