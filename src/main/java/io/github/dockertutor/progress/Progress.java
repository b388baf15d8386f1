package io.github.dockertutor.progress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner's progress through the course, keyed by lesson and step ids, never by position.
 * Time spent counts only while a step is current and the tutor is open: the shell calls
 * {@link #resume} when it starts and {@link #pause} when it quits; every change of the current
 * step hands the time so far to the step being left. Not thread-safe: the shell's one thread owns it.
 */
public final class Progress {
    /** The file format this version writes; a file with a higher number comes from a newer dockertutor. */
    public static final int FORMAT = 1;

    /** The learner's chosen language tag ({@code en}, {@code zh-TW}), or null to follow the system. */
    private String language;
    /** A display name the learner chose to give, or null; nothing else about the person is kept. */
    private String learnerName;
    /** The learner took the name back in this session: a merge must not bring it back from the file. Never saved. */
    private boolean nameForgotten;
    /** Where the learner is, or null before the first lesson. */
    private Position current;
    /** The lessons the learner reached, by lesson id, in the order first reached. */
    private final Map<String, LessonProgress> lessons = new LinkedHashMap<>();
    /** Fields a newer dockertutor wrote at the top level; written back unchanged. */
    ObjectNode unknown = JsonNodeFactory.instance.objectNode();
    /** Since when the current step's time is running (epoch millis), or null while paused. Never saved. */
    private Long runningSince;

    /** A new learner's progress: nothing done, nowhere yet, paused. */
    public static Progress fresh() {
        return new Progress();
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Remembers the learner's language tag; null forgets it. */
    public void setLanguage(String tag) {
        language = blankToNull(tag);
    }

    public Optional<String> learnerName() {
        return Optional.ofNullable(learnerName);
    }

    /** Remembers the name the learner chose to be greeted by; null or blank is no name. */
    public void setLearnerName(String name) {
        learnerName = blankToNull(name);
        nameForgotten = false;
    }

    /** Takes the name back: reports carry none, and the next save removes it from the file too. */
    public void forgetLearnerName() {
        learnerName = null;
        nameForgotten = true;
    }

    /** The current lesson and step, empty before the first lesson. */
    public Optional<Position> current() {
        return Optional.ofNullable(current);
    }

    /** A read-only view of the lessons by id. */
    public Map<String, LessonProgress> lessons() {
        return Collections.unmodifiableMap(lessons);
    }

    /** What is known about one step, empty if the learner never reached it. */
    public Optional<StepProgress> step(String lessonId, String stepId) {
        LessonProgress lesson = lessons.get(lessonId);
        return lesson == null ? Optional.empty() : Optional.ofNullable(lesson.mutableSteps().get(stepId));
    }

    public boolean isDone(String lessonId, String stepId) {
        return step(lessonId, stepId).map(StepProgress::isDone).orElse(false);
    }

    /** Done or skipped. */
    public boolean isFinished(String lessonId, String stepId) {
        return step(lessonId, stepId).map(StepProgress::isFinished).orElse(false);
    }

    /**
     * Makes a step current without touching its record, e.g. for {@code back} or {@code lessons 3}:
     * the time so far goes to the step being left, and the clock (if running) now runs for this one.
     */
    public void moveTo(String lessonId, String stepId, long now) {
        Position next = new Position(lessonId, stepId);
        boolean running = runningSince != null;
        stopClock(now);
        current = next;
        if (running) {
            runningSince = now;
        }
    }

    /**
     * The step is shown: it becomes current, its start time is noted the first time, and its time
     * starts running. A step already done stays done (the learner may look at it again).
     */
    public StepProgress startStep(String lessonId, String stepId, long now) {
        moveTo(lessonId, stepId, now);
        runningSince = now;
        StepProgress step = record(lessonId, stepId);
        if (step.startedAt() == 0) {
            step.startedAt(now);
        }
        return step;
    }

    /** The step's check passed. Its time stops; the shell starts the next step. */
    public void completeStep(String lessonId, String stepId, long now) {
        finish(lessonId, stepId, StepState.DONE, now);
    }

    /** The learner skipped the step. A step already done stays done. */
    public void skipStep(String lessonId, String stepId, long now) {
        finish(lessonId, stepId, StepState.SKIPPED, now);
    }

    public void recordHint(String lessonId, String stepId) {
        StepProgress step = record(lessonId, stepId);
        step.hintsUsed(step.hintsUsed() + 1);
    }

    public void recordSolution(String lessonId, String stepId) {
        record(lessonId, stepId).solutionUsed(true);
    }

    /** The facts the check engine noted when the step began (read-only; empty if none). */
    public Map<String, String> baseline(String lessonId, String stepId) {
        return step(lessonId, stepId).map(StepProgress::baseline).orElse(Map.of());
    }

    /** Notes one baseline fact for a step, e.g. {@code putBaseline(lesson, step, "imageId", "sha256:…")}. */
    public void putBaseline(String lessonId, String stepId, String key, String value) {
        record(lessonId, stepId).mutableBaseline().put(Objects.requireNonNull(key), Objects.requireNonNull(value));
    }

    /** Forgets every step of a lesson (the current position stays; the shell moves it). */
    public void resetLesson(String lessonId, long now) {
        if (current != null && current.lessonId().equals(lessonId) && runningSince != null) {
            runningSince = now;
        }
        LessonProgress lesson = lessons.get(lessonId);
        if (lesson == null) {
            lesson = new LessonProgress();
            lessons.put(lessonId, lesson);
        }
        lesson.reset(now);
    }

    /** The tutor is closing (or going idle): the current step stops counting time. */
    public void pause(long now) {
        stopClock(now);
    }

    /** The tutor is open again: the current step counts time from now. */
    public void resume(long now) {
        if (runningSince == null && current != null) {
            runningSince = now;
        }
    }

    /** Moves the running time into the current step, so a save right after writes it; the clock keeps running. */
    public void checkpoint(long now) {
        if (runningSince != null) {
            stopClock(now);
            runningSince = now;
        }
    }

    /** Whether the current step's time is running. */
    public boolean isRunning() {
        return runningSince != null;
    }

    /** The time spent on a step, including the running time if it is current. */
    public long timeSpentMillis(String lessonId, String stepId, long now) {
        long saved = step(lessonId, stepId).map(StepProgress::timeSpentMillis).orElse(0L);
        boolean isCurrent = current != null && current.equals(new Position(lessonId, stepId));
        return isCurrent && runningSince != null ? saved + Math.max(0, now - runningSince) : saved;
    }

    // --- package-private: for the JSON codec and the store ---

    LessonProgress lessonRecord(String lessonId) {
        return lessons.computeIfAbsent(lessonId, id -> new LessonProgress());
    }

    Map<String, LessonProgress> mutableLessons() {
        return lessons;
    }

    void setCurrent(Position position) {
        current = position;
    }

    /**
     * Folds in what another tutor saved (see {@link ProgressStore#save}): the union of steps with
     * {@link StepProgress#absorb} for a step both know, resets honoured. Where the learner is, the
     * language and the name stay this tutor's, taken from the other only where this one has none
     * (and, for the name, where the learner did not take it back).
     */
    void absorb(Progress other) {
        for (Map.Entry<String, LessonProgress> entry : other.lessons.entrySet()) {
            LessonProgress mine = lessons.get(entry.getKey());
            if (mine == null) {
                lessons.put(entry.getKey(), entry.getValue().copy());
            } else {
                mine.absorb(entry.getValue());
            }
        }
        if (current == null) {
            current = other.current;
        }
        if (language == null) {
            language = other.language;
        }
        if (learnerName == null && !nameForgotten) {
            learnerName = other.learnerName;
        }
        UnknownFields.addMissing(unknown, other.unknown);
    }

    private StepProgress record(String lessonId, String stepId) {
        return lessonRecord(Objects.requireNonNull(lessonId)).step(Objects.requireNonNull(stepId));
    }

    private void finish(String lessonId, String stepId, StepState state, long now) {
        if (current != null && current.equals(new Position(lessonId, stepId))) {
            stopClock(now);
        }
        StepProgress step = record(lessonId, stepId);
        if (step.startedAt() == 0) {
            step.startedAt(now);
        }
        if (step.state() != StepState.DONE) {
            step.state(state);
            step.finishedAt(now);
        }
    }

    /** Hands the running time to the current step and stops the clock. */
    private void stopClock(long now) {
        if (runningSince != null && current != null && now > runningSince) {
            StepProgress step = record(current.lessonId(), current.stepId());
            if (step.startedAt() == 0) {
                step.startedAt(runningSince);
            }
            step.addTime(now - runningSince);
        }
        runningSince = null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
