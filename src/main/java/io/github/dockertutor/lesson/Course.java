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
 * @param warnings what a teacher should see but a learner need not: translated sections whose
 *                 English changed since they were translated; {@code lint --strict} fails on them
 */
public record Course(List<Lesson> lessons, List<LintProblem> problems, int examined, List<LintProblem> warnings) {

    public Course {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A course with no warnings. */
    public Course(List<Lesson> lessons, List<LintProblem> problems, int examined) {
        this(lessons, problems, examined, List.of());
    }

    /** The lesson with this id, if it loaded. */
    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    /** A step, with the lesson it is in. */
    public record StepRef(Lesson lesson, Step step) {
    }

    /** The step written {@code LESSON-ID/STEP-ID}, if that lesson loaded and has it. */
    public Optional<StepRef> step(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return lesson(ref.substring(0, slash))
                .flatMap(found -> found.step(ref.substring(slash + 1)).map(step -> new StepRef(found, step)));
    }

    /** Whether every lesson folder loaded. */
    public boolean isSound() {
        return problems.isEmpty();
    }
}
