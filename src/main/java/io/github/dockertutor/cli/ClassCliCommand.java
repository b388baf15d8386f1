package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.classroom.ClassReports;
import io.github.dockertutor.classroom.ClassSummary;
import io.github.dockertutor.classroom.StepTitles;
import io.github.dockertutor.classroom.SummaryPage;
import io.github.dockertutor.classroom.SummaryTable;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.CourseLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code dockertutor class summary DIR [--out FILE]}: for the teacher, who is where and which steps
 * hold the class up, from the learners' report files in DIR; in the terminal and as an HTML page.
 * One command with a subcommand, so later class tools (e.g. {@code class export}) join it.
 */
public final class ClassCliCommand implements CliCommand {
    static final String OUT = "--out";
    static final String PAGE = "class-summary.html";
    /** The width when COLUMNS does not say: wide enough for the table, narrow enough for most terminals. */
    static final int DEFAULT_WIDTH = 100;

    @Override
    public String name() {
        return "class";
    }

    @Override
    public String usage() {
        return "class summary DIR [--out FILE]";
    }

    @Override
    public List<String> options() {
        return List.of(OUT);
    }

    @Override
    public int run(Invocation run) {
        Messages messages = run.messages();
        List<String> operands = run.arguments().operands();
        if (operands.size() != 2 || !operands.get(0).equals("summary")) {
            run.err().println(messages.get("class.error.usage"));
            return ExitCode.USAGE;
        }
        Path dir = run.environment().workingDir().resolve(operands.get(1)).normalize();
        if (!Files.isDirectory(dir)) {
            run.err().println(messages.get("class.error.notDir", operands.get(1)));
            return ExitCode.USAGE;
        }
        ClassReports reports;
        try {
            reports = ClassReports.read(dir);
        } catch (IOException e) {
            run.err().println(messages.get("class.error.read", operands.get(1), e.getMessage()));
            return ExitCode.FAILURE;
        }
        for (ClassReports.Broken file : reports.broken()) {
            run.err().println(messages.get("class.skipped", file.fileName(), messages.get(file.key(), file.args().toArray())));
        }
        if (reports.reports().isEmpty()) {
            run.out().println(messages.get("class.none", operands.get(1)));
            return ExitCode.FAILURE;
        }
        StepTitles titles = StepTitles.from(CourseLocation.load(run.arguments().lessons()), messages.language());
        ClassSummary summary = ClassSummary.of(reports.reports(), titles);
        // the folder's own name, not its path: the page may be passed around, and "." says nothing
        String name = dir.toAbsolutePath().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().getFileName().toString();
        run.out().println(messages.get("class.title", reports.reports().size(), name));
        run.out().println();
        for (String line : SummaryTable.lines(summary, messages, width(run))) {
            run.out().println(line);
        }
        Path page = run.arguments().option(OUT).map(run.environment().workingDir()::resolve)
                .orElse(dir.resolve(PAGE)).normalize();
        try {
            Files.writeString(page, SummaryPage.html(summary, reports.broken(), messages, name, Instant.now(),
                    ZoneId.systemDefault()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            run.err().println(messages.get("class.error.write", page, e.getMessage()));
            return ExitCode.FAILURE;
        }
        run.out().println();
        run.out().println(messages.get("class.page.written", page));
        return ExitCode.OK;
    }

    /** The terminal's width as the shell tells it (COLUMNS), else {@link #DEFAULT_WIDTH}. */
    private static int width(Invocation run) {
        String columns = run.environment().get("COLUMNS");
        try {
            return columns == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
