package io.github.dockertutor.report;

import io.github.dockertutor.progress.Position;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One learner's progress as handed to a teacher: the chosen display name and nothing else about
 * the person (no user name, host name or path), the language, and every step of the course.
 *
 * @param schema       the report format's number ({@link ReportJson#SCHEMA} when written by this tutor)
 * @param tutorVersion the dockertutor version that wrote it
 * @param createdAt    when it was written
 * @param name         the learner's chosen display name; empty for an anonymous report
 * @param language     the learner's language tag ({@code en}, {@code zh-TW})
 * @param current      the step on the learner's screen, empty before the first lesson
 * @param lessons      the course's lessons in course order
 */
public record LearnerReport(int schema, String tutorVersion, Instant createdAt, Optional<String> name,
        String language, Optional<Position> current, List<LessonReport> lessons) {

    public LearnerReport {
        lessons = List.copyOf(lessons);
    }

    /** All steps of all lessons, in course order. */
    public List<StepReport> steps() {
        return lessons.stream().flatMap(lesson -> lesson.steps().stream()).toList();
    }

    /** The steps passed. */
    public int stepsDone() {
        return (int) steps().stream().filter(step -> step.state() == StepReport.State.DONE).count();
    }

    public long timeSpentMillis() {
        return steps().stream().mapToLong(StepReport::timeSpentMillis).sum();
    }

    public int hintsUsed() {
        return steps().stream().mapToInt(StepReport::hintsUsed).sum();
    }
}
