package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.LintCommand;
import java.nio.file.Path;
import java.util.Optional;

/** {@code dockertutor lint [DIR]}: every problem of a lessons folder as file:line: message. */
public final class LintCliCommand implements CliCommand {
    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String usage() {
        return "lint [DIR]";
    }

    @Override
    public int run(Invocation run) {
        var operands = run.arguments().operands();
        Optional<Path> dir = operands.isEmpty()
                ? CourseLocation.onDisk(run.arguments().lessons())
                : Optional.of(run.environment().workingDir().resolve(operands.get(0)));
        if (dir.isEmpty()) {
            run.err().println(run.messages().get("app.error.lintNeedsDir"));
            return ExitCode.USAGE;
        }
        return new LintCommand().run(dir.get(), run.messages(), run.out()) == LintCommand.OK
                ? ExitCode.OK : ExitCode.FAILURE;
    }
}
