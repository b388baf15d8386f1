package io.github.dockertutor.verify;

import io.github.dockertutor.check.CheckContext;
import io.github.dockertutor.check.CheckResult;
import io.github.dockertutor.check.CheckRunner;
import io.github.dockertutor.check.StepActivity;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockerrun.DockerDispatcher;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tutor itself doing the steps, in-process: docker lines through its own dispatcher (as the
 * learner's typing would go), files into the workspace, answers into the step's activity, and the
 * step's check run as the shell runs it.
 */
public final class TutorLearner implements Learner {
    private final ShellContext context;
    private final DockerDispatcher docker = new DockerDispatcher(new HeadlessTerminal());
    private Lesson lesson;
    private Step step;
    private StepActivity activity;

    /** {@code context}: the shell's context on the engine to verify against, with a workspace of the verifier's own. */
    public TutorLearner(ShellContext context) {
        this.context = context;
    }

    @Override
    public void open(Lesson next, Step nextStep) {
        long now = System.currentTimeMillis();
        long lessonStarted = lesson != null && lesson.id().equals(next.id()) ? activity.lessonStartedMillis() : now;
        lesson = next;
        step = nextStep;
        context.setLessonLabel(next.id());
        StepActivity started = new StepActivity(next.id(), lessonStarted, now, java.util.Optional.empty(), Map.of());
        activity = started.withBaseline(CheckRunner.baseline(nextStep.check(), checkContext(started)));
    }

    @Override
    public Outcome check() {
        CheckResult result = CheckRunner.evaluate(step.check(), checkContext(activity));
        return new Outcome(result.passed(), result.render(context.messages()));
    }

    @Override
    public void write(String path, String content) {
        Path file = context.workspace().resolve(path)
                .orElseThrow(() -> new IllegalArgumentException("outside the workspace: " + path));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(String line) {
        List<String> words;
        try {
            words = CommandLineTokenizer.tokenize(line);
        } catch (ParseException e) {
            throw new IllegalArgumentException("a line the tutor cannot read: " + line, e);
        }
        if (!words.isEmpty() && words.get(0).equals("docker")) {
            // as the shell runs it: $(pwd) and $(docker …) expanded by the tutor
            docker.runLine(line, context);
        }
        // cat, ls and the like only show something: nothing to do when nobody reads
    }

    @Override
    public void answer(String text) {
        activity = activity.withAnswer(text);
    }

    private CheckContext checkContext(StepActivity of) {
        return new CheckContext(context.engine(), context.workspace().root(), of);
    }

}
