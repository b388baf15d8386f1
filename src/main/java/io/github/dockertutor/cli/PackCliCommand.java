package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.pack.CoursePacker;
import io.github.dockertutor.pack.PackException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code dockertutor pack [--out FILE] [--all]}: the teacher's one archive of the course and its images. */
public final class PackCliCommand implements CliCommand {
    @Override
    public String name() {
        return "pack";
    }

    @Override
    public String usage() {
        return "pack [--out FILE] [--all]";
    }

    @Override
    public List<String> options() {
        return List.of("--out");
    }

    @Override
    public List<String> switches() {
        return List.of("--all");
    }

    @Override
    public int run(Invocation run) {
        var messages = run.messages();
        if (!run.arguments().operands().isEmpty()) {
            run.err().println(messages.get("pack.usage", usage()));
            return ExitCode.USAGE;
        }
        Path target = run.environment().workingDir().resolve(run.arguments().option("--out")
                .orElse("dockertutor-course-" + Version.current() + ".tar.gz"));
        boolean all = run.arguments().option("--all").isPresent();
        Course course = CourseLocation.load(run.arguments().lessons());
        if (!course.isSound() || course.lessons().isEmpty()) {
            run.err().println(messages.get("pack.courseUnsound", course.problems().size()));
            return ExitCode.FAILURE;
        }
        try (EngineSession session = CliEngine.session(run); CliScreen screen = CliScreen.open(run)) {
            Engine engine = CliEngine.connect(session);
            if (engine == null) {
                run.err().println(messages.get("pack.noEngine"));
                return ExitCode.NO_ENGINE;
            }
            new CoursePacker(engine, messages, screen.screen()).pack(course, target, all);
            return ExitCode.OK;
        } catch (PackException e) {
            run.err().println(messages.get("pack.failed", e.message(messages)));
        } catch (EngineException e) {
            run.err().println(messages.get("pack.failed", messages.get(e.key(), e.args())));
        } catch (IOException e) {
            run.err().println(messages.get("pack.failed", String.valueOf(e.getMessage())));
        }
        return ExitCode.FAILURE;
    }
}
