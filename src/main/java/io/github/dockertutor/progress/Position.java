package io.github.dockertutor.progress;

import java.util.Objects;

/**
 * Where the learner is: a lesson and a step, both by their stable ids (never by position, so
 * adding a lesson or step to the course does not move anyone).
 *
 * @param lessonId the lesson's id, its folder name, e.g. {@code 03-pull-an-image}
 * @param stepId   the step's id within that lesson, e.g. {@code pull-busybox}
 */
public record Position(String lessonId, String stepId) {
    public Position {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(stepId, "stepId");
    }
}
