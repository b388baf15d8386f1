package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.LessonSkeleton;
import io.github.dockertutor.render.LineWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code dockertutor new lesson NN-slug}: a teacher's start on a new lesson, a working skeleton in
 * both languages in the course folder ({@code --lessons DIR}, or the one beside the tutor); a path
 * such as {@code my-course/01-intro} puts it in that folder instead.
 */
public final class NewCliCommand implements CliCommand {
    private static final int WIDTH = 80;

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "new lesson NN-slug";
    }

    @Override
    public int run(Invocation run) {
        List<String> operands = run.arguments().operands();
        if (operands.size() != 2 || !operands.get(0).equals("lesson")) {
            run.err().println(run.messages().get("new.usage", usage()));
            return ExitCode.USAGE;
        }
        Path given = Path.of(operands.get(1));
        String id = String.valueOf(given.getFileName());
        try {
            LessonSkeleton.checkId(id);
        } catch (LessonSkeleton.Refused e) {
            say(run.err(), run.messages().get(e.key(), e.args()));
            return ExitCode.USAGE;
        }
        Optional<Path> course = given.getParent() != null
                ? Optional.of(run.environment().workingDir().resolve(given.getParent()))
                : CourseLocation.onDisk(run.arguments().lessons().map(run.environment().workingDir()::resolve));
        if (course.isEmpty()) {
            say(run.err(), run.messages().get("new.lesson.noCourse", given));
            return ExitCode.USAGE;
        }
        try {
            Path folder = LessonSkeleton.write(course.get(), id);
            Path here = run.environment().workingDir().toAbsolutePath();
            Path shown = folder.toAbsolutePath().startsWith(here) ? here.relativize(folder.toAbsolutePath()) : folder;
            Path courseShown = shown.getParent() == null ? Path.of(".") : shown.getParent();
            say(run.out(), run.messages().get("new.lesson.written", shown));
            say(run.out(), run.messages().get("new.lesson.next", shown, courseShown));
            return ExitCode.OK;
        } catch (LessonSkeleton.Refused e) {
            Object[] args = e.args();
            Path here = run.environment().workingDir().toAbsolutePath();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Path path && path.toAbsolutePath().startsWith(here)) {
                    args[i] = here.relativize(path.toAbsolutePath());
                }
            }
            say(run.err(), run.messages().get(e.key(), args));
            return ExitCode.USAGE;
        } catch (IOException e) {
            say(run.err(), run.messages().get("new.lesson.failed", String.valueOf(e.getMessage())));
            return ExitCode.FAILURE;
        }
    }

    /** A sentence wrapped to the 80 columns a plain command's output keeps to (CJK counts two). */
    private static void say(PrintWriter out, String text) {
        LineWrapper.wrap(text, WIDTH).forEach(out::println);
        out.flush();
    }
}
