package io.github.dockertutor.lesson;

import java.nio.file.Files;
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
        return LessonLoader.loadForLint(lessonsDir).problems();
    }

    /**
     * The problems of one lesson folder, read as part of the course around it: an image another
     * lesson builds needs no declaration here.
     */
    public static List<LintProblem> lintLesson(Path lessonFolder) {
        return lessonInCourse(lessonFolder).problems();
    }

    /** Whether a folder is one lesson's (it holds a lesson.yaml) rather than a course's. */
    static boolean isLessonFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(LessonReader.YAML));
    }

    /**
     * One lesson folder read as part of the course around it, with only its own problems and
     * warnings, their paths under the folder as given.
     */
    static Course lessonInCourse(Path lessonFolder) {
        Path folder = lessonFolder.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null) {
            LessonReader.Result result = LessonReader.read(lessonFolder, true);
            return new Course(result.lesson().stream().toList(), result.problems(), 1, result.warnings());
        }
        Course course = LessonLoader.loadForLint(parent);
        return new Course(course.lessons().stream().filter(lesson -> lesson.folder().toAbsolutePath().normalize().equals(folder)).toList(),
                within(course.problems(), folder, lessonFolder), 1, within(course.warnings(), folder, lessonFolder));
    }

    private static List<LintProblem> within(List<LintProblem> problems, Path folder, Path shownAs) {
        return problems.stream()
                .filter(problem -> problem.file().toAbsolutePath().normalize().startsWith(folder))
                .map(problem -> problem.withFile(shownAs.resolve(folder.relativize(problem.file().toAbsolutePath().normalize()).toString())))
                .toList();
    }
}
