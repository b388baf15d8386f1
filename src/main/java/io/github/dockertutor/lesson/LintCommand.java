package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/** {@code dockertutor lint [DIR]}: prints every problem of a lessons folder and a summary line. */
public final class LintCommand {
    /** Exit code when the course is sound. */
    public static final int OK = 0;
    /** Exit code when any lesson has a problem, or there are no lessons at all. */
    public static final int PROBLEMS = 1;

    /** Lints {@code dir}, prints {@code path:line: message} lines then the summary; returns the exit code. */
    public int run(Path dir, Messages messages, PrintWriter out) {
        Course course = LessonLoader.load(dir);
        Path here = Path.of("").toAbsolutePath();
        for (LintProblem problem : course.problems()) {
            out.println(problem.withFile(shown(problem.file(), here)).format(messages));
        }
        if (course.examined() == 0 && course.problems().isEmpty()) {
            out.println(messages.get("lint.dir.empty", shown(dir, here)));
        }
        out.println(summary(course, messages));
        out.flush();
        return course.problems().isEmpty() && course.examined() > 0 ? OK : PROBLEMS;
    }

    /** {@code 3 lessons, 0 problems} in the learner's language. */
    static String summary(Course course, Messages messages) {
        int lessons = course.examined();
        int problems = course.problems().size();
        String lessonsText = messages.get(lessons == 1 ? "lint.summary.lessons.one" : "lint.summary.lessons.other", lessons);
        String problemsText = messages.get(problems == 1 ? "lint.summary.problems.one" : "lint.summary.problems.other",
                problems);
        return messages.get("lint.summary", lessonsText, problemsText);
    }

    /** The path relative to the current folder when it is under it, as a person would type it. */
    private static Path shown(Path path, Path here) {
        if (path.getFileSystem() != FileSystems.getDefault()) {
            return path;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(here)) {
            return path;
        }
        Path relative = here.relativize(absolute);
        return relative.toString().isEmpty() ? Path.of(".") : relative;
    }
}
