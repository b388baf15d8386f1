package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code dockertutor lint [--strict] [DIR]}: prints every problem of a lessons folder, then every
 * warning (a translation older than its English), and a summary line. Warnings fail the run only
 * under {@code --strict}, which is how CI keeps translations current.
 */
public final class LintCommand {
    /** Exit code when the course is sound. */
    public static final int OK = 0;
    /** Exit code when any lesson has a problem (or, strict, a warning), or there are no lessons at all. */
    public static final int PROBLEMS = 1;

    /** Lints {@code dir}, warnings not counting: as {@code lint} without {@code --strict}. */
    public int run(Path dir, Messages messages, PrintWriter out) {
        return run(dir, false, messages, out);
    }

    /**
     * Lints {@code dir}, prints {@code path:line: message} lines then the summary; returns the exit
     * code. {@code dir} is a course folder, or one lesson's, which is read within its course.
     */
    public int run(Path dir, boolean strict, Messages messages, PrintWriter out) {
        return run(dir, strict, Path.of("").toAbsolutePath(), messages, out);
    }

    /** As {@link #run(Path, boolean, Messages, PrintWriter)}, with paths shown relative to {@code here}. */
    public int run(Path dir, boolean strict, Path here, Messages messages, PrintWriter out) {
        Course course = LessonLinter.isLessonFolder(dir) ? LessonLinter.lessonInCourse(dir) : LessonLoader.loadForLint(dir);
        for (LintProblem problem : course.problems()) {
            out.println(problem.withFile(shown(problem.file(), here)).format(messages));
        }
        String warningKey = strict ? "lint.strict.line" : "lint.warning.line";
        Set<Path> toStamp = new LinkedHashSet<>();
        for (LintProblem warning : course.warnings()) {
            LintProblem local = warning.withFile(shown(warning.file(), here));
            out.println(messages.get(warningKey, local.where(), local.text(messages)));
            if (local.file().getParent() != null && !local.messageKey().equals("lint.stamp.noTitleLine")) {
                toStamp.add(local.file().getParent());
            }
        }
        // one line per lesson with the command that records its translation as current again
        toStamp.forEach(folder -> out.println(messages.get("lint.stamp.how", folder)));
        if (course.examined() == 0 && course.problems().isEmpty()) {
            out.println(messages.get("lint.dir.empty", shown(dir, here)));
        }
        out.println(summary(course, strict, messages));
        out.flush();
        boolean failed = !course.problems().isEmpty() || strict && !course.warnings().isEmpty();
        return !failed && course.examined() > 0 ? OK : PROBLEMS;
    }

    /** {@code 3 lessons, 0 problems} in the learner's language, with the warnings when there are any. */
    static String summary(Course course, boolean strict, Messages messages) {
        int lessons = course.examined();
        int problems = course.problems().size();
        String lessonsText = messages.get(lessons == 1 ? "lint.summary.lessons.one" : "lint.summary.lessons.other", lessons);
        String problemsText = messages.get(problems == 1 ? "lint.summary.problems.one" : "lint.summary.problems.other",
                problems);
        String summary = messages.get("lint.summary", lessonsText, problemsText);
        int warnings = course.warnings().size();
        if (warnings == 0) {
            return summary;
        }
        String warningsText = messages.get(warnings == 1 ? "lint.summary.warnings.one" : "lint.summary.warnings.other",
                warnings);
        return messages.get(strict ? "lint.total.strict" : "lint.total.withWarnings", summary, warningsText);
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
