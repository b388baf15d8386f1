package io.github.dockertutor.classroom;

/**
 * How one step went across the class.
 *
 * @param key          the step's lesson and step ids
 * @param lessonNumber the lesson's number (3 for {@code 03-pull-an-image})
 * @param stepNumber   the step's place in its lesson, from 1
 * @param title        the title the teacher reads
 * @param reached      learners who spent time on the step
 * @param finished     learners who passed or skipped it
 * @param medianMillis the median time of the learners who reached it, 0 when nobody did
 * @param hints        hints used on it by the whole class
 * @param solutions    learners who looked at its solution
 * @param hereNow      learners on this step right now
 */
public record StepStat(StepKey key, int lessonNumber, int stepNumber, String title, int reached, int finished,
        long medianMillis, int hints, int solutions, int hereNow) {

    /** "3.2": where the step is in the course. */
    public String number() {
        return lessonNumber + "." + stepNumber;
    }
}
