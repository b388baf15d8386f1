package io.github.dockertutor.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything wrong with a course or one lesson, as {@code file:line} problems: what {@code
 * dockertutor lint} prints and what keeps a lesson from loading. The loader runs the same checks,
 * so a course that lints clean loads whole.
 */
public final class LessonLinter {
    private LessonLinter() {
    }

    /** The problems of every lesson folder under {@code lessonsDir}, in folder order. */
    public static List<LintProblem> lint(Path lessonsDir) {
        return LessonLoader.load(lessonsDir).problems();
    }

    /** The problems of one lesson folder. */
    public static List<LintProblem> lintLesson(Path lessonFolder) {
        return LessonReader.read(lessonFolder).problems();
    }
}
