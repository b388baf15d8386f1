package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.TmuxTerminal;
import io.github.dockertutor.render.Columns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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

    private TmuxTerminal terminal;

    @AfterEach
    void stopTmux() throws Exception {
        if (terminal != null) {
            terminal.close();
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
        terminal = TmuxTerminal.startTutor("narrow", COLUMNS, ROWS, dir.resolve("home"), Map.of(), "--lang", "zh-TW",
                "--workspace", dir.resolve("workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString());
        await("docker>");
    }

    /** Types a line as a learner would: its characters, then Enter. */
    private void type(String line) throws IOException, InterruptedException {
        terminal.type(line);
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
        for (String line : terminal.joinedScreen().split("\n", -1)) {
            if (line.contains("docker> ") || line.startsWith("> ")) {
                continue; // the learner's own typing: the terminal wraps it, as any shell's
            }
            assertTrue(Columns.of(line.stripTrailing()) <= COLUMNS, Columns.of(line) + " columns: " + line);
            assertFalse(line.endsWith("→ │"), "a command cut short: " + line);
        }
    }

    private String screen() throws IOException, InterruptedException {
        return terminal.screen();
    }

    private void await(String text) throws IOException, InterruptedException {
        terminal.await(text, WAIT);
    }
}
