package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.LanguageResolver;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.progress.DisplayName;
import io.github.dockertutor.progress.LoadResult;
import io.github.dockertutor.progress.ProgressNotice;
import io.github.dockertutor.progress.ProgressStore;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.report.LearnerReport;
import io.github.dockertutor.report.ReportBuilder;
import io.github.dockertutor.report.ReportFileName;
import io.github.dockertutor.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code dockertutor report [--out FILE] [--name NAME]}: the learner's progress as a JSON file to
 * hand to the teacher, holding the chosen display name and nothing else about the person.
 */
public final class ReportCliCommand implements CliCommand {
    static final String OUT = "--out";
    static final String NAME = "--name";

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report [--out FILE] [--name NAME]";
    }

    @Override
    public List<String> options() {
        return List.of(OUT, NAME);
    }

    @Override
    public int run(Invocation run) {
        if (!run.arguments().operands().isEmpty()) {
            run.err().println(run.messages().get("report.error.operand", run.arguments().operands().get(0)));
            return ExitCode.USAGE;
        }
        Optional<String> typedName = run.arguments().option(NAME);
        if (typedName.isPresent() && DisplayName.check(typedName.get()).isEmpty()) {
            run.err().println(run.messages().get("report.name.invalid", DisplayName.MAX_CHARS));
            return ExitCode.USAGE;
        }
        LoadResult loaded = ProgressStore.forEnvironment(run.environment()).load();
        var progress = loaded.progress();
        // the learner's own language: --lang, else the one chosen in the tutor, else the system's
        Language language = LanguageResolver.resolve(run.arguments().language(),
                progress.language().flatMap(Language::parse), run.environment().variables());
        Messages messages = Messages.of(language);
        for (ProgressNotice notice : loaded.notices()) {
            run.err().println(notice.text(messages));
        }
        LearnerReport report = ReportBuilder.build(CourseLocation.load(run.arguments().lessons()), progress,
                typedName.flatMap(DisplayName::check), language.tag(), Version.current(), Instant.now());
        Path file = run.environment().workingDir().resolve(
                run.arguments().option(OUT).orElseGet(() -> ReportFileName.of(report.name())));
        try {
            Files.write(file, ReportJson.write(report));
        } catch (IOException | RuntimeException e) {
            run.err().println(messages.get("report.error.write", file, reason(e)));
            return ExitCode.FAILURE;
        }
        int total = report.steps().size();
        run.out().println(messages.get("report.written", Columns.printable(file.toString())));
        // a name from an older progress file was never checked: shown escaped, whatever it holds
        run.out().println(report.name().isPresent()
                ? messages.get("report.contents", report.stepsDone(), total, Columns.printable(report.name().get()))
                : messages.get("report.contentsAnonymous", report.stepsDone(), total));
        return ExitCode.OK;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }
}
