package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.LintCommand;
import io.github.dockertutor.lesson.LintProblem;
import io.github.dockertutor.lesson.TranslationStamper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code dockertutor lint [--strict] [--stamp] [DIR]}: every problem of a lessons folder as
 * file:line: message, and every translated section older than its English as a warning, which
 * {@code --strict} counts as a problem. DIR is a course folder or one lesson's. {@code --stamp} first records, in each translated heading
 * under DIR, that the translation is current with its English (see {@link TranslationStamper}).
 */
public final class LintCliCommand implements CliCommand {
    static final String STRICT = "--strict";
    static final String STAMP = "--stamp";

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String usage() {
        return "lint [--strict] [--stamp] [DIR]";
    }

    @Override
    public List<String> switches() {
        return List.of(STRICT, STAMP);
    }

    @Override
    public int run(Invocation run) {
        var operands = run.arguments().operands();
        if (operands.size() > 1) {
            run.err().println(run.messages().get("app.error.lintUsage", usage()));
            return ExitCode.USAGE;
        }
        Optional<Path> dir = operands.isEmpty()
                ? CourseLocation.onDisk(run.arguments().lessons())
                : Optional.of(run.environment().workingDir().resolve(operands.get(0)));
        if (dir.isEmpty()) {
            run.err().println(run.messages().get("app.error.lintNeedsDir"));
            return ExitCode.USAGE;
        }
        if (run.arguments().option(STAMP).isPresent() && !stamp(run, dir.get())) {
            return ExitCode.FAILURE;
        }
        boolean strict = run.arguments().option(STRICT).isPresent();
        return new LintCommand().run(dir.get(), strict, run.environment().workingDir().toAbsolutePath(), run.messages(),
                run.out()) == LintCommand.OK
                ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** Stamps the translations under {@code dir} and says what changed; false when a file could not be stamped. */
    private static boolean stamp(Invocation run, Path dir) {
        TranslationStamper.Outcome outcome = TranslationStamper.stamp(dir);
        Path here = run.environment().workingDir().toAbsolutePath();
        for (LintProblem stamped : outcome.stamped()) {
            run.out().println(shown(stamped, here).format(run.messages()));
        }
        for (LintProblem failure : outcome.failures()) {
            run.err().println(shown(failure, here).format(run.messages()));
        }
        run.out().println(outcome.summary(run.messages()));
        return outcome.failures().isEmpty();
    }

    private static LintProblem shown(LintProblem problem, Path here) {
        Path absolute = problem.file().toAbsolutePath().normalize();
        return absolute.startsWith(here) ? problem.withFile(here.relativize(absolute)) : problem;
    }
}
