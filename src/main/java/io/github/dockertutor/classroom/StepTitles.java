package io.github.dockertutor.classroom;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.lesson.Course;

/**
 * The title a teacher reads for a step: reports carry English titles, so a teacher reading in
 * Chinese gets the course's own Chinese title when this tutor's course has that step.
 */
@FunctionalInterface
public interface StepTitles {
    String title(StepKey step, String englishTitle);

    /** The titles as the reports wrote them. */
    static StepTitles asReported() {
        return (step, englishTitle) -> englishTitle;
    }

    /** The course's titles in the language, falling back to the report's English title. */
    static StepTitles from(Course course, Language language) {
        return (step, englishTitle) -> course.lesson(step.lessonId())
                .flatMap(lesson -> lesson.step(step.stepId()))
                .map(found -> found.title().get(language))
                .filter(title -> !title.isBlank())
                .orElse(englishTitle);
    }
}
