package io.github.dockertutor.session;

import io.github.dockertutor.check.StepActivity;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseSource;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.LoadResult;
import io.github.dockertutor.progress.Position;
import io.github.dockertutor.progress.Progress;
import io.github.dockertutor.progress.ProgressNotice;
import io.github.dockertutor.progress.ProgressStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The learner's place in the course: the lesson and step on screen, what they did in that step
 * (for its check), and the progress on disk, saved after every change so that a killed tutor
 * loses at most the step in flight. Positions are kept by lesson and step ids, never by index.
 */
public final class Tutor {
    private final CourseSource course;
    private final ProgressStore store;
    private final Progress progress;
    private final LongSupplier clock;
    private final List<ProgressNotice> notices = new ArrayList<>();
    /** Whether the last save put the progress on disk: "saved" is said only when it is true. */
    private boolean saved = true;
    /** A save was tried since the notices were last taken, so the learner hears how it went. */
    private boolean triedToSave;
    private Lesson lesson;
    private int stepIndex;
    private StepActivity activity;

    private Tutor(CourseSource course, ProgressStore store, Progress progress, LongSupplier clock) {
        this.course = course;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    public static Tutor load(Course course, ProgressStore store, LongSupplier clock) {
        return load(CourseSource.of(course), store, clock);
    }

    /** As {@link #load(Course, ProgressStore, LongSupplier)}, with the course read when first needed. */
    public static Tutor load(CourseSource course, ProgressStore store, LongSupplier clock) {
        LoadResult loaded = store.load();
        Tutor tutor = new Tutor(course, store, loaded.progress(), clock);
        tutor.notices.addAll(loaded.notices());
        // a folder that cannot take the file is known at load: no "saved" until a save works
        tutor.saved = loaded.notices().stream().noneMatch(n -> n.key().equals(ProgressNotice.UNSAVED));
        tutor.progress.resume(clock.getAsLong());
        return tutor;
    }

    /** The course, read now if this is its first use. */
    public Course course() {
        return course.get();
    }

    /** Whether the course is known to have lessons and no problem, without reading it. */
    public boolean courseKnownSound() {
        return course.knownSound();
    }

    public Progress progress() {
        return progress;
    }

    public long now() {
        return clock.getAsLong();
    }

    /**
     * Notices from loading or saving progress that the learner has not seen yet. After a command
     * whose save failed, there is always one: the full notice the first time, then a short
     * reminder, so no "Step done" or "Saved" stands uncorrected while nothing reaches the disk.
     */
    public synchronized List<ProgressNotice> takeNotices() {
        if (triedToSave && !saved && notices.isEmpty()) {
            notices.add(new ProgressNotice(ProgressNotice.STILL_UNSAVED, List.of(store.file().getParent().toString())));
        }
        triedToSave = false;
        List<ProgressNotice> taken = new ArrayList<>(notices);
        notices.clear();
        return taken;
    }

    /** Whether the learner's progress as it is now is on disk: false while saving fails. */
    public synchronized boolean saved() {
        return saved;
    }

    public Optional<Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    public Optional<Step> step() {
        return lesson == null ? Optional.empty() : Optional.of(lesson.steps().get(stepIndex));
    }

    public int stepIndex() {
        return stepIndex;
    }

    public StepActivity activity() {
        return activity;
    }

    /** Where the learner was last time, if that lesson and step still exist. */
    public Optional<Position> savedPosition() {
        return progress.current().filter(p -> lessonById(p.lessonId()).flatMap(l -> l.step(p.stepId())).isPresent());
    }

    /** A lesson of the course by its id; read alone when the course is known sound and not read yet. */
    public Optional<Lesson> lessonById(String id) {
        return course.lesson(id);
    }

    /**
     * Opens a step: it becomes current, its start is noted, and its check's baseline is taken
     * (fresh when the step starts now; kept from before when the learner comes back to it).
     */
    public void open(Lesson target, int index, Map<String, String> freshBaseline, boolean newLesson) {
        long now = now();
        Step step = target.steps().get(index);
        long lessonStart = newLesson || lesson == null || !lesson.id().equals(target.id()) ? now
                : activity.lessonStartedMillis();
        this.lesson = target;
        this.stepIndex = index;
        progress.startStep(target.id(), step.id(), now);
        Map<String, String> baseline = progress.baseline(target.id(), step.id());
        if (baseline.isEmpty() && !freshBaseline.isEmpty()) {
            freshBaseline.forEach((key, value) -> progress.putBaseline(target.id(), step.id(), key, value));
            baseline = freshBaseline;
        }
        long stepStart = progress.step(target.id(), step.id()).map(s -> s.startedAt()).filter(t -> t > 0).orElse(now);
        this.activity = new StepActivity(target.id(), Math.min(lessonStart, stepStart), stepStart, Optional.empty(), baseline);
        save();
    }

    public void recordAnswer(String letter) {
        activity = activity.withAnswer(letter);
    }

    public boolean isDone(Lesson target, Step step) {
        return progress.isDone(target.id(), step.id());
    }

    public void completeCurrent() {
        progress.completeStep(lesson.id(), step().orElseThrow().id(), now());
        save();
    }

    public void skipCurrent() {
        progress.skipStep(lesson.id(), step().orElseThrow().id(), now());
        save();
    }

    /** The index of the hint to show next; counts it as used. */
    public int takeHint() {
        Step step = step().orElseThrow();
        int used = progress.step(lesson.id(), step.id()).map(s -> s.hintsUsed()).orElse(0);
        progress.recordHint(lesson.id(), step.id());
        save();
        return used;
    }

    public void recordSolution() {
        progress.recordSolution(lesson.id(), step().orElseThrow().id());
        save();
    }

    public void resetLesson() {
        progress.resetLesson(lesson.id(), now());
        save();
    }

    public void setLanguage(String tag) {
        progress.setLanguage(tag);
        save();
    }

    /** Remembers the display name the learner chose for reports to the teacher. */
    public void setLearnerName(String name) {
        progress.setLearnerName(name);
        save();
    }

    /** Reports carry no name from now on, and the progress file keeps none. */
    public void forgetLearnerName() {
        progress.forgetLearnerName();
        save();
    }

    /** The tutor is closing: the running step stops counting time, and everything is saved (see {@link #saved}). */
    public void close() {
        progress.pause(now());
        save();
    }

    public synchronized void save() {
        progress.checkpoint(now());
        store.save(progress).ifPresent(notices::add);
        boolean worked = store.lastSaveWorked();
        if (worked && !saved) {
            notices.add(new ProgressNotice(ProgressNotice.SAVED_AGAIN, List.of(store.file().getParent().toString())));
        }
        saved = worked;
        triedToSave = true;
    }

    /**
     * Where the learner is, before the prompt: "[03 pull 1/2] " (the lesson's number, the first
     * word of its slug, the step); in Chinese "[第 3 課 1/2] ", without the slug's English word.
     */
    public String promptLabel(Messages messages) {
        if (lesson == null) {
            return "";
        }
        String slug = lesson.id().replaceFirst("^\\d+-", "");
        String word = slug.contains("-") ? slug.substring(0, slug.indexOf('-')) : slug;
        String name = messages.language() == Language.EN ? String.format("%02d %s", lesson.number(), word)
                : String.valueOf(lesson.number());
        return messages.get("lesson.prompt", name, stepIndex + 1, lesson.steps().size()) + " ";
    }
}
