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

    /**
     * The problems of one lesson folder, read as part of the course around it: an image another
     * lesson builds needs no declaration here.
     */
    public static List<LintProblem> lintLesson(Path lessonFolder) {
        Path parent = lessonFolder.toAbsolutePath().getParent();
        if (parent == null) {
            return LessonReader.read(lessonFolder).problems();
        }
        Path folder = lessonFolder.toAbsolutePath();
        return LessonLoader.load(parent).problems().stream()
                .filter(problem -> problem.file().toAbsolutePath().startsWith(folder))
                .map(problem -> problem.withFile(lessonFolder.resolve(folder.relativize(problem.file().toAbsolutePath()))))
                .toList();
    }
}
