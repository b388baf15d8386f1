package io.github.dockertutor.cli;

import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.console.CommandRegistry;
import io.github.dockertutor.console.Interrupts;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.render.LineWrapper;
import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.verify.CourseVerifier;
import io.github.dockertutor.verify.StepVerdict;
import io.github.dockertutor.verify.TutorLearner;
import io.github.dockertutor.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dockertutor verify [DIR]}: proves a course on the engine the tutor would use, step by step:
 * each check fails before its step and for every wrong attempt, and passes after the solution. The
 * tutor does the steps itself, in a scratch workspace, so the teacher's own workspace is never
 * written; what it made is removed at the end.
 */
public final class VerifyCliCommand implements CliCommand {
    private static final int WIDTH = 80;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String usage() {
        return "verify [DIR]";
    }

    @Override
    public int run(Invocation run) {
        Messages messages = run.messages();
        List<String> operands = run.arguments().operands();
        if (operands.size() > 1) {
            run.err().println(messages.get("verify.usage", usage()));
            return ExitCode.USAGE;
        }
        Course course = operands.isEmpty() ? CourseLocation.load(run.arguments().lessons())
                : LessonLoader.load(run.environment().workingDir().resolve(operands.get(0)));
        if (!course.isSound() || course.lessons().isEmpty()) {
            run.err().println(messages.get("verify.courseUnsound", course.problems().size()));
            return ExitCode.FAILURE;
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("dockertutor-verify-");
            // a container's own user (Jupyter's jovyan, uid 1000) writes into the mounted workspace
            // and must be able to enter it too: a folder without x for others is closed to it
            scratch.toFile().setWritable(true, false);
            scratch.toFile().setReadable(true, false);
            scratch.toFile().setExecutable(true, false);
        } catch (IOException e) {
            run.err().println(messages.get("verify.failed", String.valueOf(e.getMessage())));
            return ExitCode.FAILURE;
        }
        try (EngineSession session = CliEngine.session(run)) {
            Engine engine = CliEngine.connect(session);
            if (engine == null) {
                run.err().println(messages.get("pack.noEngine"));
                return ExitCode.NO_ENGINE;
            }
            return verify(run, messages, session, engine, course, scratch);
        } catch (EngineException e) {
            run.err().println(messages.get("verify.failed", messages.get(e.key(), e.args())));
            return ExitCode.FAILURE;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private int verify(Invocation run, Messages messages, EngineSession session, Engine engine, Course course,
            Path scratch) {
        Workspace workspace = new Workspace(scratch);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        ShellContext context = new ShellContext(run.environment(), session, engine,
                new ErrorLog(run.environment().logFile()), quiet, new CommandRegistry(), messages, new Interrupts(),
                workspace, prompt -> Optional.of("y"));
        context.setDisplay(() -> WIDTH, false, new PlainScreen(quiet, WIDTH));
        CourseVerifier verifier = new CourseVerifier(engine, scratch, new TutorLearner(context),
                VerifyCliCommand::madeByTheTutor);
        VerifyCleanup cleanup = VerifyCleanup.before(engine);
        List<StepVerdict> verdicts;
        try {
            verdicts = verifier.verify(course, verdict -> say(run.out(), progressLine(messages, verdict)));
        } finally {
            cleanup.removeWhatWasMade();
        }
        long held = verdicts.stream().filter(StepVerdict::holds).count();
        run.out().println();
        for (StepVerdict verdict : verdicts) {
            if (!verdict.holds()) {
                say(run.out(), messages.get("verify.broken", verdict.lessonId() + "/" + verdict.stepId(),
                        reason(messages, verdict)));
            }
        }
        say(run.out(), messages.get("verify.summary", verdicts.size(), held, verdicts.size() - held));
        return held == verdicts.size() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static String progressLine(Messages messages, StepVerdict verdict) {
        String where = verdict.lessonId() + "/" + verdict.stepId();
        if (verdict.skipped()) {
            return messages.get("verify.step.skipped", where);
        }
        if (verdict.alreadyThere() && verdict.holds()) {
            return messages.get("verify.step.alreadyThere", where, verdict.wrongs());
        }
        return verdict.holds() ? messages.get("verify.step.holds", where, verdict.wrongs())
                : messages.get("verify.step.broken", where);
    }

    private static String reason(Messages messages, StepVerdict verdict) {
        if (!verdict.failedBefore()) {
            return messages.get("verify.reason.passedBefore", verdict.problem());
        }
        if (!verdict.wrongPassed().isEmpty()) {
            return messages.get("verify.reason.wrongPassed", verdict.wrongPassed(), verdict.problem());
        }
        return messages.get("verify.reason.notSolved", verdict.problem());
    }

    /** What the tutor labelled when it made it; on a teacher's engine nothing else is ever removed. */
    static boolean madeByTheTutor(ContainerSummary container) {
        return container.labels().containsKey(Engine.LESSON_LABEL);
    }

    private static void say(PrintWriter out, String text) {
        for (String line : LineWrapper.wrap(text, WIDTH)) {
            out.println(line);
        }
        out.flush();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a scratch folder in the system's temporary folder: left for the system to clear
        }
    }
}
