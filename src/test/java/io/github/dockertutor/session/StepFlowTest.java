package io.github.dockertutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.console.TestConsole;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockerrun.DockerDispatcher;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.InMemoryEngine;
import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.RunSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.CourseSource;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.Progress;
import io.github.dockertutor.progress.ProgressStore;
import io.github.dockertutor.progress.StepState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step flow on the real course (the {@code lessons/} folder, loaded as the shell loads it with
 * {@code --lessons}) and the in-memory engine, with progress in a temp folder and a clock the test
 * moves. Every test sees a step refused before the engine (or the learner) did the thing, and
 * passed after.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StepFlowTest {
    private static final Instant START = Instant.parse("2024-05-01T09:00:00Z");
    private static Course course;

    @TempDir
    Path dir;

    private final AtomicLong millis = new AtomicLong(START.toEpochMilli());
    private final InMemoryEngine engine = new InMemoryEngine(START).withRemote("busybox:latest");
    private ProgressStore store;
    private TestConsole console;
    private StepFlow flow;

    @BeforeAll
    static void loadTheCourse() {
        course = CourseLocation.load(Optional.of(Path.of("lessons")));
        assertTrue(course.isSound(), course.problems().toString());
    }

    @BeforeEach
    void openTheTutor() {
        store = new ProgressStore(dir.resolve("progress"));
        console = TestConsole.in(dir).engine(engine).build();
        flow = new StepFlow(Tutor.load(course, store, millis::get), console.context());
    }

    private Lesson lesson(int number) {
        return course.lessons().stream().filter(l -> l.number() == number).findFirst().orElseThrow();
    }

    /** Lesson 1 started and its first two quiz steps answered: its last step is open. */
    private Lesson atLessonOnesLastStep() {
        Lesson why = lesson(1);
        flow.start(why);
        flow.answer("b");
        flow.answer("c");
        assertEquals("to-the-cloud", stepId());
        return why;
    }

    private String stepId() {
        return flow.tutor().step().map(Step::id).orElse("-");
    }

    /** Whether the step page at {@code index} was shown: its title and position, as PageMarkdown heads it. */
    private boolean shown(Lesson lesson, int index) {
        Step step = lesson.steps().get(index);
        return console.saidText(console.text(step.optional() ? "lesson.stepOptional" : "lesson.step",
                step.title().get(console.messages().language()), index + 1, lesson.steps().size()));
    }

    private Progress saved() {
        return store.load().progress();
    }

    private void pullBusybox() {
        engine.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
    }

    /** A line typed at the prompt, as the shell runs it: the docker line, then the check. */
    private void type(String line) {
        try {
            new DockerDispatcher(TestConsole.NO_TERMINAL).run(CommandLineTokenizer.tokenize(line), console.context());
        } catch (ParseException e) {
            throw new AssertionError(line, e);
        }
        flow.afterCommand();
    }

    @Test
    void aPracticeStepPassesOnlyOnceTheEngineHasTheImageThenTheNextStepIsShownAndSaved() {
        Lesson pull = lesson(3);
        flow.start(pull);
        assertEquals("pull-busybox", stepId());
        assertTrue(shown(pull, 0), console.output());
        assertEquals(Optional.of(StepState.STARTED), saved().step(pull.id(), "pull-busybox").map(s -> s.state()));
        console.take();

        flow.afterCommand();
        assertEquals("pull-busybox", stepId(), "no image yet: the step stays");
        assertEquals("", console.output().strip(), "a failed check after a command says nothing");
        assertFalse(saved().isDone(pull.id(), "pull-busybox"));
        assertFalse(shown(pull, 1));

        pullBusybox();
        flow.afterCommand();
        assertEquals("list-images", stepId());
        assertTrue(console.saidStart("step.passed"), console.output());
        assertTrue(shown(pull, 1), "the next step is shown: " + console.output());
        assertTrue(saved().isDone(pull.id(), "pull-busybox"), "progress is saved once the step passed");
        assertEquals(pull.id(), saved().current().orElseThrow().lessonId());
        assertEquals("list-images", saved().current().orElseThrow().stepId());
    }

    @Test
    void aStepDoneFromAnotherTerminalMovesOnWhenTheEngineSaysSo() {
        engine.withLocal("my-first-image:latest", image -> image.cmd("httpd", "-f", "-p", "8080"));
        String web = engine.create(RunSpec.of("my-first-image", List.of(), Map.of()).withName("my-web"));
        engine.start(web);
        Lesson cleanup = lesson(9);
        flow.start(cleanup);
        // as EngineWatch does: every engine event is followed by a check of the current step
        Cancellation watching = new Cancellation();
        engine.subscribe(event -> flow.afterCommand(), watching);
        try {
            flow.afterCommand();
            assertEquals("stop-and-remove", stepId());

            engine.stop("my-web", null);
            assertEquals("stop-and-remove", stepId(), "stopped is not removed");
            engine.removeContainer("my-web", false);
            assertEquals("remove-the-image", stepId(), console.output());
            assertTrue(shown(cleanup, 1), console.output());

            engine.tag("my-first-image", "other", "1");
            assertEquals("remove-the-image", stepId(), "another name for the same image changes nothing");
            engine.removeImage("my-first-image", false);
            assertEquals("three-elements-quiz", stepId(), console.output());
            assertTrue(saved().isDone(cleanup.id(), "remove-the-image"));
        } finally {
            watching.cancel();
        }
    }

    @Test
    void lessonSevenThroughTheDockerLinesBuildsRebuildsFromTheCacheAndAfterAChange() throws Exception {
        Path workspace = console.workspace();
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\n"
                + "COPY index.html /www/index.html\nEXPOSE 8080\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n");
        Lesson build = lesson(7);
        flow.start(build);
        type("docker images");
        assertEquals("build-the-image", stepId(), "a listing is not a build");
        type("docker build -t my-first-image .");
        assertEquals("list-images", stepId(), console.output());

        type("docker images");
        assertEquals("list-images", stepId(), "looking is not answering");
        flow.answer("my-first-image");
        assertEquals("list-images", stepId(), "the name is not the IMAGE ID");
        flow.answer(engine.inspectImage("my-first-image:latest").orElseThrow().id().substring("sha256:".length(), 11));
        assertEquals("rebuild-from-cache", stepId());

        flow.afterCommand();
        assertEquals("rebuild-from-cache", stepId(), "the build before the step does not count");
        type("docker build -t my-first-image .");
        assertEquals("change-and-rebuild", stepId(), console.output());

        type("docker build -t my-first-image .");
        assertEquals("change-and-rebuild", stepId(), "nothing changed: the same image");
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n<p>Version 2</p>\n");
        type("docker build -t my-first-image .");
        assertTrue(console.said("lesson.finished", 7, build.title().get(Language.EN)), console.output());
        assertTrue(console.said("lesson.nextLesson", 8, lesson(8).title().get(Language.EN)), console.output());
        assertTrue(saved().isDone(build.id(), "change-and-rebuild"));
    }

    /**
     * Lesson 4's first step done with the docker CLI in another terminal (no lesson label), on an
     * engine whose clock is 10 s behind the learner's machine, as a Docker Desktop VM's can be after
     * the laptop slept. Failed while the container check compared the engine's creation time with
     * the lesson's start on the machine's clock (2 s slack).
     */
    @Test
    void aContainerRunFromAnotherTerminalCountsWhenTheEnginesClockIsBehind() {
        InMemoryEngine behind = new InMemoryEngine(START.minusSeconds(10)).withRemote("busybox:latest");
        behind.pull("busybox", "latest", null, PullListener.SILENT, new Cancellation());
        behind.program("busybox", argv -> InMemoryEngine.Run.exits(0, "Linux"));
        TestConsole skewed = TestConsole.in(dir.resolve("skewed")).engine(behind).build();
        StepFlow skewedFlow = new StepFlow(Tutor.load(course, store, millis::get), skewed.context());
        skewedFlow.start(lesson(4));
        skewedFlow.afterCommand();
        assertEquals("run-busybox", skewedFlow.tutor().step().orElseThrow().id());
        RunSpec plain = RunSpec.of("busybox", List.of("sh", "-c", "uname -a; hostname"), Map.of());
        // docker run -it busybox sh, typed in another terminal: a terminal and open input, no label
        RunSpec inside = new RunSpec(plain.image(), plain.name(), plain.command(), plain.ports(), plain.env(),
                plain.volumes(), plain.labels(), false, true, true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        behind.start(behind.create(inside));
        skewedFlow.afterCommand();
        assertEquals("list-containers", skewedFlow.tutor().step().orElseThrow().id(), skewed.output());
    }

    @Test
    void nextOnceRefusesAndSaysWhyTwiceSkipsAndRecordsTheSkip() {
        Lesson pull = lesson(3);
        flow.start(pull);
        console.take();
        flow.next();
        assertEquals("pull-busybox", stepId());
        assertTrue(console.saidStart("lesson.notDoneYet"), console.output());
        String why = console.output();
        assertTrue(why.contains("busybox:latest"), "it says what the check saw: " + why);
        assertFalse(console.said("lesson.skipped"));
        assertEquals(Optional.of(StepState.STARTED), saved().step(pull.id(), "pull-busybox").map(s -> s.state()));

        flow.next();
        assertTrue(console.said("lesson.skipped"), console.output());
        assertEquals("list-images", stepId());
        assertEquals(Optional.of(StepState.SKIPPED), saved().step(pull.id(), "pull-busybox").map(s -> s.state()));

        console.take();
        flow.next();
        assertEquals("list-images", stepId(), "a skip is armed for one step only");
        assertTrue(console.saidStart("lesson.notDoneYet"), console.output());
    }

    @Test
    void nextOnAStepAlreadyDoneMovesOnAtOnce() {
        Lesson pull = lesson(3);
        pullBusybox();
        flow.start(pull);
        flow.afterCommand();
        assertEquals("list-images", stepId());
        flow.back();
        assertEquals("pull-busybox", stepId());
        console.take();
        flow.next();
        assertEquals("list-images", stepId());
        assertFalse(console.saidStart("lesson.notDoneYet"), console.output());
    }

    /**
     * A learner coming back to a lesson's last step gets that lesson read alone, apart from the
     * course read whole later (CourseSource): finishing it still moves on to the next lesson. Each
     * read here gives lessons of its own, as two reads of the files would.
     */
    @Test
    void aLessonReadAloneOnComingBackStillLeadsToTheNextOne() {
        atLessonOnesLastStep();
        flow.tutor().close();

        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        CourseSource twoReads = CourseSource.of(course).map(whole -> {
            Path readNumber = Path.of("read-" + reads.incrementAndGet());
            return new Course(whole.lessons().stream().map(l -> new Lesson(l.id(), l.number(), l.title(), l.images(),
                    l.intro(), l.steps(), l.folder().resolve(readNumber))).toList(), whole.problems(), whole.examined());
        });
        TestConsole again = TestConsole.in(dir.resolve("again")).engine(engine).build();
        StepFlow restarted = new StepFlow(Tutor.load(twoReads, store, millis::get), again.context());
        restarted.welcome();
        assertEquals(1, reads.get(), "the saved step's lesson alone");
        restarted.answer("a");
        assertEquals(2, reads.get(), "then the course whole");
        assertTrue(again.said("lesson.nextLesson", 2, lesson(2).title().get(Language.EN)), again.output());
    }

    @Test
    void backShowsTheStepBeforeAndSaysSoAtTheFirst() {
        Lesson why = lesson(1);
        flow.start(why);
        console.take();
        flow.back();
        assertTrue(console.said("lesson.atFirstStep"), console.output());
        assertEquals("what-an-app-needs", stepId());

        flow.answer("b");
        assertEquals("works-on-my-machine", stepId());
        console.take();
        flow.back();
        assertEquals("what-an-app-needs", stepId());
        assertTrue(shown(why, 0), console.output());
        assertFalse(console.said("lesson.atFirstStep"));
    }

    @Test
    void aQuizAnswerPassesOnlyWhenRight() {
        Lesson why = lesson(1);
        flow.start(why);
        console.take();
        flow.answer("a");
        assertEquals("what-an-app-needs", stepId());
        assertTrue(console.saidStart("step.failed"), console.output());
        assertFalse(console.saidStart("step.passed"), console.output());
        assertFalse(saved().isDone(why.id(), "what-an-app-needs"));

        console.take();
        flow.answer(" B ");
        assertEquals("works-on-my-machine", stepId());
        assertTrue(console.saidStart("step.passed"), console.output());
        assertTrue(shown(why, 1), console.output());
        assertTrue(saved().isDone(why.id(), "what-an-app-needs"));
    }

    @Test
    void resetStartsTheLessonAgainAsIfNeverDone() {
        Lesson why = atLessonOnesLastStep();
        assertTrue(saved().isDone(why.id(), "works-on-my-machine"));
        console.take();

        // a learner types reset a while later: a reset in the very millisecond of the last answer
        // is undone by the merge with the file on save (steps are dropped only if older than the reset)
        millis.addAndGet(1000);
        flow.reset();
        assertTrue(console.said("lesson.reset", 1), console.output());
        assertEquals("what-an-app-needs", stepId());
        assertTrue(shown(why, 0), console.output());
        assertFalse(saved().isDone(why.id(), "what-an-app-needs"));
        assertFalse(saved().isDone(why.id(), "works-on-my-machine"));
        flow.afterCommand();
        assertEquals("what-an-app-needs", stepId(), "the old answer does not count again");
    }

    @Test
    void thePromptNamesTheLessonAndStepInTheLearnersLanguage() {
        assertEquals("", flow.tutor().promptLabel(console.messages()));
        flow.start(lesson(3));
        assertEquals("[03 pull 1/4] ", flow.tutor().promptLabel(Messages.of(Language.EN)));
        assertEquals("[第 3 課 1/4] ", flow.tutor().promptLabel(Messages.of(Language.ZH_TW)));
        Lesson last = course.lessons().get(course.lessons().size() - 1);
        flow.start(last);
        String word = last.id().split("-")[1];
        assertEquals("[" + last.number() + " " + word + " 1/" + last.steps().size() + "] ",
                flow.tutor().promptLabel(Messages.of(Language.EN)));
    }

    @Test
    void afterARestartTheLearnerIsWelcomedBackAtTheSavedStep() {
        flow.welcome();
        assertTrue(console.said("lesson.howToStart"), console.output());
        assertFalse(console.saidStart("progress.welcomeBack"), console.output());

        Lesson pull = lesson(3);
        flow.start(pull);
        pullBusybox();
        flow.afterCommand();
        flow.tutor().close();
        millis.addAndGet(3_600_000);

        TestConsole again = TestConsole.in(dir.resolve("again")).engine(engine).language(Language.ZH_TW).build();
        StepFlow restarted = new StepFlow(Tutor.load(course, store, millis::get), again.context());
        restarted.welcome();
        assertTrue(again.said("progress.welcomeBack", 3, pull.title().get(Language.ZH_TW), 2, pull.steps().size()),
                again.output());
        assertFalse(again.said("lesson.howToStart"), again.output());
        assertEquals("list-images", restarted.tutor().step().orElseThrow().id());
        Step step = pull.steps().get(1);
        assertTrue(again.saidText(step.title().get(Language.ZH_TW)), "the step is shown again: " + again.output());
    }

    @Test
    void anEngineThatWentAwayLeavesTheStepOpenAndCheckSaysWhy() {
        Lesson pull = lesson(3);
        flow.start(pull);
        pullBusybox();
        engine.goAway();
        flow.afterCommand();
        assertEquals("pull-busybox", stepId(), "no engine: nothing is judged");
        console.take();
        flow.checkNow();
        assertTrue(console.saidStart("step.cannotRun"), console.output());
        engine.comeBack();
        flow.checkNow();
        assertEquals("list-images", stepId());
        assertTrue(console.saidStart("step.passed"), console.output());
    }

    @Test
    void anOptionalStepIsSkippedWithOneNextAndTheLessonEnds() {
        Lesson pull = lesson(3);
        flow.start(pull);
        pullBusybox();
        flow.afterCommand();
        flow.answer(engine.inspectImage("busybox:latest").orElseThrow().id().substring("sha256:".length(), 12));
        flow.answer("c");
        assertEquals("pull-tensorflow", stepId());
        console.take();
        flow.afterCommand();
        assertFalse(console.saidStart("lesson.finished"), "tensorflow is not there: " + console.output());
        flow.next();
        assertTrue(console.said("lesson.skipped"), console.output());
        assertTrue(console.said("lesson.finished", 3, pull.title().get(Language.EN)), console.output());
        assertEquals(Optional.of(StepState.SKIPPED), saved().step(pull.id(), "pull-tensorflow").map(s -> s.state()));
        console.take();
        flow.next();
        assertEquals(lesson(4).id(), flow.tutor().lesson().orElseThrow().id(), "next after the end opens the next lesson");
        assertTrue(shown(lesson(4), 0), console.output());
    }

    @Test
    void aServerListeningOnlyInsideIsTracedToTheDockerfileStepAndItsSolutionSaysSo() {
        engine.withLocal("my-first-image:latest", image -> image.file("/www/index.html", "<h1>My first image</h1>")
                .cmd("httpd", "-f", "-p", "127.0.0.1:8080", "-h", "/www").expose("8080/tcp"));
        engine.program("my-first-image", command -> InMemoryEngine.Run.serves());
        // what the kernel shows inside: one socket, listening on 127.0.0.1:8080 (1F90), state 0A
        engine.commandProgram("cat", command -> InMemoryEngine.Run.exits(0,
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0"));
        String id = engine.create(io.github.dockertutor.engine.RunSpec.of("my-first-image", List.of(), Map.of())
                .withName("my-web").withPorts(List.of(io.github.dockertutor.engine.PortMapping.tcp(8080, 8080))));
        engine.start(id);
        flow.start(lesson(8));
        console.take();
        assertEquals(Optional.of("say-how-to-start"), flow.blockedBy().map(ref -> ref.step().id()),
                "the run is fine; the CMD in lesson 6 is not");
        flow.checkNow();
        String said = console.take();
        assertTrue(said.contains(console.context().messages().get("check.http.loopbackOnly",
                "http://localhost:8080/", "my-web", 8080).substring(0, 30)), said);
        Lesson six = lesson(6);
        assertTrue(said.contains(console.context().messages().get("step.revisit",
                six.step("say-how-to-start").orElseThrow().title().en(), 6, six.title().en()).substring(0, 40)), said);
    }

    @Test
    void aStepThatAsksWhatAListingShowsIsAnsweredFromTheEngineBySolution() {
        flow.start(lesson(4));
        pullBusybox();
        engine.program("busybox", command -> InMemoryEngine.Run.exits(0));
        String id = engine.create(new io.github.dockertutor.engine.RunSpec("busybox", Optional.of("first-box"),
                List.of("sh"), List.of(), List.of(), List.of(), Map.of(), false, true, true, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        engine.start(id);
        flow.afterCommand();
        assertEquals("list-containers", stepId(), console.output());
        flow.answerWithWhatIsSeen();
        assertEquals("remove-container", stepId(), "answered first-box from docker ps -a: " + console.output());
    }

    @Test
    void aWrongQuizAnswerGetsWhyItIsWrongWithoutTheRightOne() {
        flow.start(lesson(1));
        console.take();
        flow.answer("a");
        String said = console.take();
        assertTrue(said.contains("The code and the model are not enough on their own"), said);
        assertEquals("what-an-app-needs", stepId());
        flow.answer("b");
        assertEquals("works-on-my-machine", stepId());
    }
}
