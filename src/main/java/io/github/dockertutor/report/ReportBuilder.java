package io.github.dockertutor.report;

import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.Progress;
import io.github.dockertutor.progress.StepProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the saved progress into a report over the course as it is now: every lesson and step of
 * the course, reached or not. Steps the progress remembers but the course no longer has are left
 * out, since a teacher compares learners on the same course.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static LearnerReport build(Course course, Progress progress, Optional<String> name, String language,
            String tutorVersion, Instant now) {
        List<LessonReport> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<StepReport> steps = new ArrayList<>();
            for (Step step : lesson.steps()) {
                steps.add(step(step, progress.step(lesson.id(), step.id())));
            }
            lessons.add(new LessonReport(lesson.id(), lesson.title().en(), steps));
        }
        Optional<String> shownName = name.map(String::strip).filter(text -> !text.isEmpty()).or(progress::learnerName);
        return new LearnerReport(ReportJson.SCHEMA, tutorVersion, now, shownName, language, progress.current(), lessons);
    }

    private static StepReport step(Step step, Optional<StepProgress> record) {
        if (record.isEmpty()) {
            return new StepReport(step.id(), step.title().en(), StepReport.State.NOT_STARTED, 0, 0, false,
                    Optional.empty(), Optional.empty());
        }
        StepProgress progress = record.get();
        StepReport.State state = switch (progress.state()) {
            case STARTED -> StepReport.State.STARTED;
            case DONE -> StepReport.State.DONE;
            case SKIPPED -> StepReport.State.SKIPPED;
        };
        return new StepReport(step.id(), step.title().en(), state, progress.timeSpentMillis(), progress.hintsUsed(),
                progress.solutionUsed(), instant(progress.startedAt()), instant(progress.finishedAt()));
    }

    /** 0 means "not recorded" in progress.json. */
    private static Optional<Instant> instant(long epochMillis) {
        return epochMillis <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }
}
