/**
 * Lessons: the model ({@link io.github.dockertutor.lesson.Course}, {@link io.github.dockertutor.lesson.Lesson},
 * {@link io.github.dockertutor.lesson.Step}, {@link io.github.dockertutor.lesson.CheckSpec}…), the
 * loader that reads a lessons folder from disk or from the jar, and the linter behind
 * {@code dockertutor lint}. The format itself (lesson.yaml, en.md, zh-TW.md) is described field by
 * field in the records' Javadoc; loader and linter run the same checks, so a lesson that lints
 * clean loads, and one that does not is reported and skipped while the rest of the course loads.
 *
 * <p>May use: check, dockercli, i18n, workspace.
 */
package io.github.dockertutor.lesson;
