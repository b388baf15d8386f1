package io.github.dockertutor.session;

import io.github.dockertutor.check.CheckContext;
import io.github.dockertutor.check.CheckResult;
import io.github.dockertutor.check.CheckRunner;
import io.github.dockertutor.check.CheckStatus;
import io.github.dockertutor.check.Observation;
import io.github.dockertutor.check.StepActivity;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.Position;
import io.github.dockertutor.progress.ProgressNotice;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the learner through the course: shows a step, checks it against the engine's real state
 * after every command and on every engine event, and moves on when it passes. A step that is not
 * done can be skipped only on purpose (the second {@code next} in a row). One lock guards it all,
 * because engine events arrive on another thread than the learner's commands.
 */
public final class StepFlow {
    private final Tutor tutor;
    private final ShellContext context;
    private boolean skipArmed;
    private boolean lessonFinished;
    private Runnable stepChanged = () -> { };

    public StepFlow(Tutor tutor, ShellContext context) {
        this.tutor = tutor;
        this.context = context;
    }

    public Tutor tutor() {
        return tutor;
    }

    /** Called whenever another step opens, on whatever thread opened it: the shell redraws its prompt. */
    public void onStepChanged(Runnable listener) {
        this.stepChanged = listener;
    }

    /** At start: say where the learner was and show that step, or how to begin. */
    public synchronized void welcome() {
        reportNotices();
        // a course known sound has nothing to report: it is read when first needed (bench/README)
        boolean lessonsKnown = tutor.courseKnownSound();
        if (!lessonsKnown) {
            Course course = tutor.course();
            for (var problem : course.problems()) {
                context.say(problem.translationGap() ? "lesson.gap" : "lesson.broken", problem.format(context.messages()));
            }
            lessonsKnown = !course.lessons().isEmpty();
        }
        Optional<Position> saved = tutor.savedPosition();
        if (saved.isPresent()) {
            // the saved step's lesson alone: the rest of the course is read when first needed
            Lesson lesson = tutor.lessonById(saved.get().lessonId()).orElseThrow();
            int index = indexOf(lesson, saved.get().stepId());
            context.say("progress.welcomeBack", lesson.number(), lesson.title().get(context.messages().language()),
                    index + 1, lesson.steps().size());
            open(lesson, index, false);
            show();
            return;
        }
        context.say(lessonsKnown ? "lesson.howToStart" : "lesson.noLessons");
    }

    /** {@code start N}: the lesson's intro, then its first step not yet done. */
    public synchronized void start(Lesson lesson) {
        int first = 0;
        while (first < lesson.steps().size() - 1 && tutor.isDone(lesson, lesson.steps().get(first))) {
            first++;
        }
        print(view().intro(lesson));
        open(lesson, first, true);
        show();
    }

    public synchronized void show() {
        Optional<Lesson> lesson = tutor.lesson();
        if (lesson.isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        context.out().println();
        print(view().step(lesson.get(), tutor.stepIndex()));
        context.out().println();
        context.out().flush();
    }

    /** After each command: check quietly, and move on if the step is done. */
    public synchronized void afterCommand() {
        reportNotices();
        if (tutor.step().isEmpty() || lessonFinished) {
            return;
        }
        CheckResult result = evaluate(false);
        if (result.passed()) {
            passed(result);
        }
    }

    /** Whether a step is open and its lesson not yet finished: a change elsewhere may pass it. */
    public synchronized boolean stepOpen() {
        return tutor.step().isPresent() && !lessonFinished;
    }

    /** {@code check}: say what the check sees, passed or not. */
    public synchronized void checkNow() {
        if (tutor.step().isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        CheckResult result = evaluate();
        if (result.passed()) {
            passed(result);
            return;
        }
        context.say(result.status() == CheckStatus.CANNOT_RUN ? "step.cannotRun" : "step.failed",
                result.render(context.messages()));
        renderNotes(result);
        revisit(result);
    }

    /** {@code answer X}: the learner's answer to a quiz, or what a listing showed, checked at once. */
    public synchronized void answer(String letter) {
        if (tutor.step().isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        tutor.recordAnswer(letter);
        Step step = tutor.step().orElseThrow();
        CheckResult result = evaluate();
        if (result.passed()) {
            passed(result);
        } else {
            context.say("step.failed", result.render(context.messages()));
            // why this letter is wrong, in a word: the learner tries again knowing what to rethink
            Optional.ofNullable(step.feedback().get(letter))
                    .ifPresent(why -> context.sayText(why.get(context.messages().language())));
        }
    }

    /** {@code next}: on to the next step when this one is done; a second {@code next} skips it. */
    public synchronized void next() {
        Optional<Lesson> lesson = tutor.lesson();
        if (lesson.isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        Step step = tutor.step().orElseThrow();
        if (lessonFinished || tutor.isDone(lesson.get(), step)) {
            advance();
            return;
        }
        CheckResult result = evaluate();
        if (result.passed()) {
            passed(result);
            return;
        }
        if (step.optional() || skipArmed) {
            tutor.skipCurrent();
            context.say("lesson.skipped");
            advance();
            return;
        }
        skipArmed = true;
        context.say(result.status() == CheckStatus.CANNOT_RUN ? "lesson.notCheckedYet" : "lesson.notDoneYet",
                result.render(context.messages()));
        revisit(result);
    }

    /** {@code back}: the step before, to read it again. */
    public synchronized void back() {
        Optional<Lesson> lesson = tutor.lesson();
        if (lesson.isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        if (tutor.stepIndex() == 0) {
            context.say("lesson.atFirstStep");
            return;
        }
        open(lesson.get(), tutor.stepIndex() - 1, false);
        show();
    }

    /** {@code reset}: the current lesson from its first step, as if never done. */
    public synchronized void reset() {
        Optional<Lesson> lesson = tutor.lesson();
        if (lesson.isEmpty()) {
            context.say("lesson.noneOpen");
            return;
        }
        tutor.resetLesson();
        context.say("lesson.reset", lesson.get().number());
        print(view().intro(lesson.get()));
        open(lesson.get(), 0, true);
        show();
    }

    /** The language changed: the step on screen is shown again in it. */
    public synchronized void languageChanged() {
        tutor.setLanguage(context.messages().language().tag());
        if (tutor.lesson().isPresent()) {
            show();
        }
    }

    private void passed(CheckResult result) {
        skipArmed = false;
        tutor.completeCurrent();
        context.say("step.passed", result.render(context.messages()));
        renderNotes(result);
        advance();
    }

    private void advance() {
        skipArmed = false;
        Lesson lesson = tutor.lesson().orElseThrow();
        int nextIndex = tutor.stepIndex() + 1;
        if (nextIndex < lesson.steps().size() && !lessonFinished) {
            open(lesson, nextIndex, true);
            show();
            return;
        }
        if (!lessonFinished) {
            lessonFinished = true;
            context.say("lesson.finished", lesson.number(), lesson.title().get(context.messages().language()));
            nextLesson(lesson).ifPresentOrElse(
                    following -> context.say("lesson.nextLesson", following.number(),
                            following.title().get(context.messages().language())),
                    () -> context.say("lesson.courseFinished"));
            return;
        }
        Optional<Lesson> following = nextLesson(lesson);
        if (following.isPresent()) {
            start(following.get());
        } else {
            context.say("lesson.courseFinished");
        }
    }

    private Optional<Lesson> nextLesson(Lesson lesson) {
        Course course = tutor.course();
        List<Lesson> lessons = course.lessons();
        // the course's own copy, found by id: the lesson open may have been read alone
        int at = course.lesson(lesson.id()).map(lessons::indexOf).orElse(-1);
        return at >= 0 && at + 1 < lessons.size() ? Optional.of(lessons.get(at + 1)) : Optional.empty();
    }

    private void open(Lesson lesson, int index, boolean fresh) {
        lessonFinished = false;
        skipArmed = false;
        context.setLessonLabel(lesson.id());
        Step step = lesson.steps().get(index);
        Map<String, String> baseline = fresh
                ? CheckRunner.baseline(step.check(), checkContext(StepActivity.startedAt(lesson.id(), tutor.now())))
                : Map.of();
        boolean newLesson = tutor.lesson().map(current -> !current.id().equals(lesson.id())).orElse(true);
        tutor.open(lesson, index, baseline, newLesson);
        stepChanged.run();
    }

    /** The step's check, explained: what the learner asked for with check, next or answer. */
    private CheckResult evaluate() {
        return evaluate(true);
    }

    private CheckResult evaluate(boolean explain) {
        return CheckRunner.evaluate(tutor.step().orElseThrow().check(),
                new CheckContext(context.engine(), context.workspace().root(), tutor.activity(), explain, tutor.now()));
    }

    private CheckContext checkContext(StepActivity activity) {
        return new CheckContext(context.engine(), context.workspace().root(), activity, true, tutor.now());
    }

    /**
     * Where a failure comes from an earlier step, which one to go back to: the Dockerfile written in
     * lesson 6 and not the {@code docker run} of lesson 8, say.
     */
    private void revisit(CheckResult result) {
        Lesson lesson = tutor.lesson().orElseThrow();
        Step step = tutor.step().orElseThrow();
        earlierStep(lesson, step, result).ifPresent(target -> context.say("step.revisit",
                target.step().title().get(context.messages().language()), target.lesson().number(),
                target.lesson().title().get(context.messages().language())));
    }

    /**
     * The earlier step the current one cannot pass without, when its check fails because of that
     * step: then this step's own solution would only repeat a command that cannot work.
     */
    public synchronized Optional<Course.StepRef> blockedBy() {
        Optional<Lesson> lesson = tutor.lesson();
        Optional<Step> step = tutor.step();
        if (lesson.isEmpty() || step.isEmpty() || tutor.isDone(lesson.get(), step.get())) {
            return Optional.empty();
        }
        return earlierStep(lesson.get(), step.get(), evaluate());
    }

    /**
     * For a step that asks what a listing or a log shows: answers with what the engine shows, as
     * {@code solution} does once its listing has run.
     */
    public synchronized void answerWithWhatIsSeen() {
        Optional<Step> step = tutor.step();
        if (step.isPresent() && step.get().check().check() instanceof Observation observation) {
            observation.seen(checkContext(tutor.activity())).ifPresent(seen -> {
                context.out().println("$ answer " + seen);
                answer(seen);
            });
        }
    }

    /** The step a failure traces back to, when it is another one than this. */
    public synchronized Optional<Course.StepRef> earlierStep(Lesson lesson, Step step, CheckResult result) {
        if (result.passed() || result.cause().isEmpty()) {
            return Optional.empty();
        }
        String target = step.revisit().get(result.cause().get());
        if (target == null) {
            return Optional.empty();
        }
        Optional<Course.StepRef> ref = tutor.course().step(target.contains("/") ? target : lesson.id() + "/" + target);
        return ref.filter(found -> !(found.lesson().id().equals(lesson.id()) && found.step().id().equals(step.id())));
    }

    private void renderNotes(CheckResult result) {
        for (Message note : result.notes()) {
            context.sayText("  " + note.render(context.messages()));
        }
    }

    /** Says what became of saving progress since last asked (the shell asks after every command). */
    public synchronized void reportNotices() {
        for (ProgressNotice notice : tutor.takeNotices()) {
            context.sayText(notice.text(context.messages()));
        }
    }

    private LessonView view() {
        return new LessonView(context.messages(), context.width(), context.color(), context.height());
    }

    private void print(List<org.jline.utils.AttributedString> lines) {
        for (var line : lines) {
            context.out().println(context.color() ? line.toAnsi() : line.toString());
        }
    }

    private static int indexOf(Lesson lesson, String stepId) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).id().equals(stepId)) {
                return i;
            }
        }
        return 0;
    }
}
