package io.github.dockertutor.classroom;

/** A step of the course as reports name it: its lesson's id and its own id. */
public record StepKey(String lessonId, String stepId) {
}
