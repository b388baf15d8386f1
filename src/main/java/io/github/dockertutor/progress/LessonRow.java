package io.github.dockertutor.progress;

import java.util.List;
import java.util.Objects;

/**
 * One lesson as the progress table needs it, handed in by the shell as plain data so this package
 * does not depend on the lesson model.
 *
 * @param id      the lesson id (its folder name)
 * @param title   the title in the learner's language
 * @param stepIds the lesson's step ids, in course order
 */
public record LessonRow(String id, String title, List<String> stepIds) {
    public LessonRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        stepIds = List.copyOf(stepIds);
    }
}
