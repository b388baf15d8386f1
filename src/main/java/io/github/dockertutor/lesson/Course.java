package io.github.dockertutor.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The lessons of a lessons folder, in folder-name order, and what kept the others from loading.
 *
 * @param lessons  the lessons that loaded, sorted by id
 * @param problems every problem found in the lessons that did not load (a lesson with any problem
 *                 is left out whole), in folder order; empty when the whole course is sound
 * @param examined how many lesson folders were read, loaded or not
 */
public record Course(List<Lesson> lessons, List<LintProblem> problems, int examined) {

    public Course {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** The lesson with this id, if it loaded. */
    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** Whether every lesson folder loaded. */
    public boolean isSound() {
        return problems.isEmpty();
    }
}
