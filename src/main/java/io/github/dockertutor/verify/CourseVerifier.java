package io.github.dockertutor.verify;

import io.github.dockertutor.check.CheckContext;
import io.github.dockertutor.check.CheckField;
import io.github.dockertutor.check.FieldType;
import io.github.dockertutor.check.Observation;
import io.github.dockertutor.check.StepActivity;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Solution;
import io.github.dockertutor.lesson.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks a course step by step through a {@link Learner}: the check must fail before the step, fail
 * for each wrong attempt (undone before the next one), and pass after the solution, which is then
 * kept, as a learner's work is, for the steps after it. An observation's solution answers with what
 * the engine shows. Optional steps are left out: they may need the Internet.
 */
public final class CourseVerifier {
    /** Seconds an observation may take to show (see {@link #seen}). */
    private static final int OBSERVATION_TRIES = 20;
    private final Engine engine;
    private final Path workspace;
    private final Learner learner;
    private final Predicate<ContainerSummary> removable;
    private final Set<ImageReference> imagesBefore = new HashSet<>();

    /** {@code removable}: which containers a wrong attempt made may be removed again (see {@link EngineSnapshot}). */
    public CourseVerifier(Engine engine, Path workspace, Learner learner, Predicate<ContainerSummary> removable) {
        this.engine = engine;
        this.workspace = workspace;
        this.learner = learner;
        this.removable = removable;
    }

    /** Verifies every lesson of the course in order; each step's verdict goes to {@code progress} as it is known. */
    public List<StepVerdict> verify(Course course, Consumer<StepVerdict> progress) {
        imagesBefore.clear();
        engine.images().forEach(image -> image.repoTags().forEach(tag ->
                ImageReference.normalized(tag).ifPresent(imagesBefore::add)));
        List<StepVerdict> verdicts = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            long lessonStarted = System.currentTimeMillis();
            for (Step step : lesson.steps()) {
                StepVerdict verdict;
                if (step.optional()) {
                    learner.skip(lesson, step);
                    verdict = StepVerdict.skipped(lesson.id(), step.id());
                } else {
                    verdict = verify(lesson, step, lessonStarted);
                }
                verdicts.add(verdict);
                progress.accept(verdict);
            }
        }
        return verdicts;
    }

    private StepVerdict verify(Lesson lesson, Step step, long lessonStarted) {
        learner.open(lesson, step);
        Learner.Outcome before = learner.check();
        String problem = before.passed() ? before.said() : "";
        List<Integer> wrongPassed = new ArrayList<>();
        for (int i = 0; i < step.wrong().size(); i++) {
            EngineSnapshot snapshot = EngineSnapshot.take(engine, workspace, removable);
            apply(step.wrong().get(i));
            Learner.Outcome outcome = learner.check();
            if (outcome.passed()) {
                wrongPassed.add(i + 1);
                problem = problem.isEmpty() ? outcome.said() : problem;
            }
            snapshot.restore();
        }
        apply(step.solution());
        if (step.check().check() instanceof Observation observation) {
            StepActivity activity = StepActivity.startedAt(lesson.id(), lessonStarted);
            seen(observation, new CheckContext(engine, workspace, activity)).ifPresent(learner::answer);
        }
        Learner.Outcome after = learner.check();
        if (!after.passed() && problem.isEmpty()) {
            problem = after.said();
        }
        boolean alreadyThere = before.passed() && namesAnImageAlreadyThere(step);
        if (alreadyThere) {
            // the image was on the engine before verifying began: the check passes before the step
            // and for every wrong attempt because of it, which says nothing about the check
            wrongPassed.clear();
            problem = after.passed() ? "" : after.said();
        }
        return new StepVerdict(lesson.id(), step.id(), false, alreadyThere, !before.passed(), wrongPassed,
                step.wrong().size(), after.passed(), problem);
    }

    /**
     * What the observation shows, read again for a while when it shows nothing yet: a server logs
     * its address (Jupyter its token) a second or two after it starts, and a learner reading the
     * log would look again too.
     */
    private static Optional<String> seen(Observation observation, CheckContext context) {
        Optional<String> seen = observation.seen(context);
        for (int tries = 1; seen.isEmpty() && tries < OBSERVATION_TRIES; tries++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return seen;
            }
            seen = observation.seen(context);
        }
        return seen;
    }

    /** Whether the step's check names an image the engine had before verifying began (busybox, already pulled). */
    private boolean namesAnImageAlreadyThere(Step step) {
        for (CheckField field : step.check().kind().fields()) {
            String value = step.check().string(field.name());
            if (field.type() == FieldType.IMAGE && value != null
                    && ImageReference.normalized(value).map(imagesBefore::contains).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Files first, then the lines, as {@code solution} applies them; {@code answer X} is typed as an answer. */
    private void apply(Solution attempt) {
        for (Map.Entry<String, String> file : attempt.files().entrySet()) {
            learner.write(file.getKey(), file.getValue());
        }
        for (String line : attempt.commands()) {
            Optional<String> answer = line.startsWith("answer ") ? Optional.of(line.substring("answer ".length()).strip())
                    : Optional.empty();
            if (answer.isPresent()) {
                learner.answer(answer.get());
            } else {
                learner.run(line);
            }
        }
    }
}
