package io.github.dockertutor.shell;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.cli.CliArguments;
import io.github.dockertutor.commands.AnswerCommand;
import io.github.dockertutor.commands.BackCommand;
import io.github.dockertutor.commands.CatCommand;
import io.github.dockertutor.commands.CheckCommand;
import io.github.dockertutor.commands.CleanupCommand;
import io.github.dockertutor.commands.ClearCommand;
import io.github.dockertutor.commands.DoctorCommand;
import io.github.dockertutor.commands.EditCommand;
import io.github.dockertutor.commands.HelpCommand;
import io.github.dockertutor.commands.HintCommand;
import io.github.dockertutor.commands.LangCommand;
import io.github.dockertutor.commands.LessonsCommand;
import io.github.dockertutor.commands.LsCommand;
import io.github.dockertutor.commands.NameCommand;
import io.github.dockertutor.commands.NextCommand;
import io.github.dockertutor.commands.ProgressCommand;
import io.github.dockertutor.commands.QuitCommand;
import io.github.dockertutor.commands.ResetCommand;
import io.github.dockertutor.commands.ShowCommand;
import io.github.dockertutor.commands.SolutionCommand;
import io.github.dockertutor.commands.StartCommand;
import io.github.dockertutor.console.CommandRegistry;
import io.github.dockertutor.console.CreationRecord;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.Interrupts;
import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockerrun.DockerDispatcher;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.DoctorReport;
import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.LocateResult;
import io.github.dockertutor.engine.ProbeResult;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseSource;
import io.github.dockertutor.lesson.LearnerNames;
import io.github.dockertutor.lesson.SoundCourses;
import io.github.dockertutor.progress.CreatedOnEngine;
import io.github.dockertutor.progress.ProgressStore;
import io.github.dockertutor.render.FittingWriter;
import io.github.dockertutor.render.RenderOptions;
import io.github.dockertutor.session.EngineWatch;
import io.github.dockertutor.session.StepFlow;
import io.github.dockertutor.session.StepRecheck;
import io.github.dockertutor.session.WorkspaceWatch;
import io.github.dockertutor.session.Tutor;
import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.tui.Screen;
import io.github.dockertutor.tui.TerminalScreen;
import io.github.dockertutor.workspace.Workspace;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Terminal;

/**
 * The read-eval loop: one place where lines are read, commands run, Ctrl-C cancels what runs (and
 * never the shell), Ctrl-D and {@code quit} end, and cleanup runs in {@code finally}. A command
 * that fails is reported in the learner's language and the loop goes on; details go to the log.
 */
public final class TutorShell {
    /**
     * How long a terminal's greeting waits for the engine search before it shows the prompt and
     * lets the engine line follow: a local engine answers well within it (bench/startup).
     */
    private static final long PROMPT_PATIENCE_MILLIS = 150;
    /**
     * How long after the first prompt the rest of the course is read: a learner reads the page
     * first, and a start that only quits (a script, bench/startup's CPU row) never pays for it.
     */
    private static final long COURSE_READ_DELAY_MILLIS = 1000;

    private final Environment environment;
    private final CliArguments cli;
    private final Messages messages;
    private final ErrorLog log;
    private final InputStream in;
    private final PrintWriter out;
    /** The first session after a build: what a start loads goes into the launcher's archive. */
    private final StartClassList startClasses = StartClassList.fromLauncher();

    public TutorShell(Environment environment, CliArguments cli, Messages messages, ErrorLog log,
            InputStream in, PrintWriter out) {
        this.environment = environment;
        this.cli = cli;
        this.messages = messages;
        this.log = log;
        this.in = in;
        this.out = out;
    }

    public int run() {
        // a thread of docker-java's or JLine's that fails must not print a stack trace over the
        // lesson: its details go to the log, which doctor names
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> log.record("thread " + thread.getName(), error));
        // the terminal first: its opening is the longest way to the first prompt, and whatever
        // starts before it delays it on two cores (bench/README)
        CompletableFuture<LineSource> opening = openLineSource();
        EngineDiscovery discovery = new EngineDiscovery(cli.host(), environment.variables(), environment.home(),
                environment.osName());
        try (EngineSession engine = new EngineSession(new EngineLocator(discovery, new EngineProbe()))) {
            // the engine is looked for while the course loads: on two cores the greeting waits for
            // the slower of the two, not for both one after the other (bench/startup)
            CompletableFuture<LocateResult> found = new CompletableFuture<>();
            Thread probe = new Thread(() -> found.complete(connectQuietly(engine)), "engine-probe");
            probe.setDaemon(true);
            probe.start();
            return run(engine, found, opening);
        }
    }

    private LocateResult connectQuietly(EngineSession engine) {
        try {
            return engine.connect();
        } catch (RuntimeException e) {
            log.record("engine probe", e);
            return new LocateResult(List.of(), Optional.empty(), Optional.empty());
        }
    }

    private int run(EngineSession engine, CompletableFuture<LocateResult> found, CompletableFuture<LineSource> opening) {
        CourseSource course = CourseSource.lazily(cli.lessons(),
                new SoundCourses(environment.dataDirectory().resolve("sound-courses")));
        Optional<LearnerNames> learner;
        try {
            learner = LearnerSpace.read(cli, environment, course);
        } catch (CliArguments.UsageException e) {
            opened(opening).close();
            out.println(messages.get(e.key(), e.args()));
            out.flush();
            return ExitCode.USAGE;
        }
        // what needs no terminal is done while the terminal opens on its own thread: the progress
        // (and the course, at once, for a learner coming back to a step whose course must be checked
        // whole), the greeting's first line (it reads the learner's language's text), the workspace
        Tutor tutor = Tutor.load(learner.map(names -> course.map(names::apply)).orElse(course),
                ProgressStore.forEnvironment(environment), System::currentTimeMillis);
        if (tutor.progress().current().isPresent() && !tutor.courseKnownSound()) {
            readCourseSoon(tutor, 0);
        }
        String welcome = messages.get("shell.welcome", Version.current(), messages.language().tag());
        Workspace workspace = new Workspace(cli.workspace().orElse(environment.workingDir().resolve("workspace")));
        ensureWorkspace(workspace);
        CreatedOnEngine created = CreatedOnEngine.forEnvironment(environment);
        Interrupts interrupts = new Interrupts();
        boolean ctrlCIgnored = SignalHandling.ctrlCIgnored();
        try (LineSource lines = opened(opening);
                SignalHandling signals = SignalHandling.install(lines, interrupts)) {
            Optional<Terminal> terminal = lines instanceof TerminalLineSource source
                    ? Optional.of(source.terminal()) : Optional.empty();
            int plainWidth = ScreenSize.columns(environment.get("COLUMNS"));
            java.util.function.IntSupplier width = () -> terminal.map(Terminal::getWidth).filter(w -> w > 0)
                    .orElse(plainWidth);
            // whatever a command prints, no line is left for the terminal to split mid-word
            PrintWriter writer = new PrintWriter(new FittingWriter(lines instanceof TerminalLineSource source
                    ? new PrintAboveWriter(source.reader()) : out, width), true);
            CommandRegistry commands = new CommandRegistry();
            ShellContext context = new ShellContext(environment, engine, new DockerEngine(engine), log, writer, commands, messages, interrupts,
                    workspace, prompt -> ask(lines, prompt));
            boolean color = terminal.isPresent()
                    && RenderOptions.colorWanted(environment.get("NO_COLOR"), terminal.get().getType());
            int plainHeight = ScreenSize.lines(environment.get("LINES"));
            context.setHeight(() -> terminal.map(Terminal::getHeight).filter(h -> h > 0).orElse(plainHeight));
            context.setDisplay(width, color, terminal.<Screen>map(t -> new TerminalScreen(t, color))
                    .orElseGet(() -> new PlainScreen(writer, plainWidth)));
            InteractiveRunner interactive = lines instanceof TerminalLineSource source
                    ? new TerminalInteractiveRunner(source)
                    : NoTerminal.INSTANCE;
            DockerDispatcher docker = new DockerDispatcher(interactive);
            context.setLearner(learner.map(LearnerNames::prefix).filter(prefix -> !prefix.isEmpty()));
            StepFlow flow = new StepFlow(tutor, context);
            flow.onStepChanged(() -> lines.replacePrompt(prompt(flow, context)));
            context.setCreationRecord(CreationRecord.of(created::container, created::image));
            registerCommands(commands, flow, created, terminal, line -> run(line, context, docker, flow));
            if (lines instanceof TerminalLineSource source) {
                source.setCompleter(new TutorCompleter(context, flow));
            }
            greet(context, welcome, found, terminal.isPresent());
            if (ctrlCIgnored) {
                context.say("shell.ctrlCIgnored");
            }
            if (lines instanceof TerminalLineSource source) {
                source.historySetAside().ifPresent(aside -> context.say("shell.history.setAside",
                        aside.getFileName(), aside.getParent()));
            }
            learner.ifPresent(names -> {
                if (names.prefix().isEmpty()) {
                    context.say("prefix.portsOnly", names.portOffset());
                } else {
                    context.say("prefix.active", names.prefix() + "-", names.portOffset());
                }
            });
            flow.welcome();
            try (StepRecheck recheck = new StepRecheck(context, flow);
                    EngineWatch watch = new EngineWatch(context, recheck);
                    WorkspaceWatch files = new WorkspaceWatch(workspace.root(), recheck, log)) {
                if (terminal.isPresent()) {
                    watch.followSoon();
                } else {
                    watch.follow();
                }
                files.start();
                // the rest of the course, for the commands that list, start or move to lessons, is
                // read while the learner reads the page; a session that ends at once never reads it
                readCourseSoon(tutor, COURSE_READ_DELAY_MILLIS);
                loop(lines, context, docker, flow, recheck, watch);
            } finally {
                tutor.close();
            }
            // "saved" only when the last save really reached the disk; else the notice says why not
            flow.reportNotices();
            context.say(tutor.saved() ? "shell.bye" : "shell.bye.unsaved");
            return ExitCode.OK;
        }
    }

    private static void registerCommands(CommandRegistry commands, StepFlow flow, CreatedOnEngine created,
            Optional<Terminal> terminal, java.util.function.Consumer<String> typeLine) {
        commands.add(new HelpCommand())
                .add(new LessonsCommand(flow))
                .add(new StartCommand(flow))
                .add(new ShowCommand(flow))
                .add(new NextCommand(flow))
                .add(new BackCommand(flow))
                .add(new CheckCommand(flow))
                .add(new AnswerCommand(flow))
                .add(new HintCommand(flow))
                .add(new SolutionCommand(flow, typeLine))
                .add(new ProgressCommand(flow))
                .add(new ResetCommand(flow))
                .add(new CleanupCommand(flow.tutor()::course, created))
                .add(new EditCommand(terminal))
                .add(new LsCommand())
                .add(new CatCommand())
                .add(new LangCommand(flow))
                .add(new ClearCommand(terminal))
                .add(new NameCommand(flow.tutor()))
                .add(new DoctorCommand())
                .add(new QuitCommand());
    }

    /**
     * Reads the whole course on a thread of its own after {@code delayMillis}: a fifth of a second
     * of reading and checking, done before a command needs it (bench/README). What goes wrong is
     * met again, and reported, where the course is first used.
     */
    private static void readCourseSoon(Tutor tutor, long delayMillis) {
        Thread reader = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                tutor.course();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the command that needs it reads it again and reports what stops it; an Error goes
                // to the log through the default handler
            }
        }, "course-read");
        reader.setDaemon(true);
        reader.start();
    }

    private void ensureWorkspace(Workspace workspace) {
        try {
            workspace.ensureExists();
        } catch (java.io.IOException e) {
            log.record("workspace", e);
        }
    }

    /**
     * The learner's terminal is opened on a thread of its own while this one checks the course's
     * fingerprint and reads the learner's names: JLine's set-up (the terminal's capabilities, the
     * line reader) is the longest part of the way to the first prompt, and a second core is there
     * for it (bench/README). Once the terminal is handed over, the same thread makes the line
     * editor's actions while this one greets the learner. Piped input has nothing to set up.
     */
    private CompletableFuture<LineSource> openLineSource() {
        boolean terminal = in == System.in && System.console() != null;
        if (!terminal) {
            return CompletableFuture.completedFuture(new ScriptedLineSource(in, out));
        }
        CompletableFuture<LineSource> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            TerminalLineSource source;
            try {
                source = new TerminalLineSource(environment.dataDirectory().resolve("history"));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
                return;
            }
            opened.complete(source);
            source.linkEditing();
        }, "terminal-open");
        opener.setDaemon(true);
        opener.start();
        return opened;
    }

    /** The line source once it is open; what stopped the opening is thrown here, as if it had failed on this thread. */
    private static LineSource opened(CompletableFuture<LineSource> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static Optional<String> ask(LineSource lines, String prompt) {
        try {
            return lines.readLine(prompt);
        } catch (LineSource.InterruptedLineException e) {
            return Optional.empty();
        }
    }

    /**
     * The greeting. Piped, it waits for the engine search, so a script reads the same lines in the
     * same order every time. In a terminal the prompt does not wait for a slow engine (a frozen one
     * takes the probe's whole deadline): the engine line comes above the prompt when it is known,
     * and a command that needs the engine waits for the search meanwhile (EngineSession).
     */
    private void greet(ShellContext context, String welcome, CompletableFuture<LocateResult> found, boolean terminal) {
        context.sayText(welcome);
        LocateResult result = terminal ? found.copy().completeOnTimeout(null, PROMPT_PATIENCE_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS).join() : found.join();
        if (result == null) {
            found.thenAccept(late -> sayEngine(context, late, false));
        } else {
            sayEngine(context, result, true);
        }
        context.say("shell.workspace", context.workspace().root());
        context.say("shell.helpHint");
    }

    /** The engine line, or why there is none and what to do; the private engine offered only before the prompt. */
    private void sayEngine(ShellContext context, LocateResult result, boolean mayOffer) {
        if (result.found()) {
            sayConnected(context, result.chosen().orElseThrow());
        } else if (!mayOffer || result.explicit().isPresent() || !startPrivateEngine(context)) {
            context.say("engine.none");
            for (EngineAdvice.Advice fix : new EngineAdvice(environment.osName()).adviseFor(result)) {
                context.say(fix.key(), fix.args().toArray());
            }
        }
    }

    private void loop(LineSource lines, ShellContext context, DockerDispatcher docker, StepFlow flow,
            StepRecheck recheck, EngineWatch watch) {
        while (true) {
            Optional<String> line;
            startClasses.keepSoonOnceAStepIsOpen(flow.tutor().progress().current().isPresent());
            try {
                line = lines.readLine(prompt(flow, context));
            } catch (LineSource.InterruptedLineException e) {
                continue;
            }
            if (line.isEmpty()) {
                return;
            }
            recheck.commandRunning(true);
            try {
                if (run(line.get(), context, docker, flow) == ShellCommand.Outcome.QUIT) {
                    return;
                }
            } finally {
                recheck.commandRunning(false);
            }
            watch.followAgain();
        }
    }

    /**
     * No engine answered and the learner chose none (the search's own record says so): where the
     * private engine could be started, it is offered, and on a yes started and connected. Whether
     * the tutor has an engine now.
     */
    private boolean startPrivateEngine(ShellContext context) {
        PrivateEngineOffer offer = new PrivateEngineOffer(environment);
        Optional<java.nio.file.Path> script = offer.script();
        if (script.isEmpty() || !offer.offer(context, script.get())) {
            return false;
        }
        Optional<ProbeResult> started = context.engineSession().connect().chosen();
        started.ifPresent(chosen -> sayConnected(context, chosen));
        return started.isPresent();
    }

    /** The greeting's engine line; for the private engine also the DOCKER_HOST the learner's own docker needs. */
    private void sayConnected(ShellContext context, ProbeResult chosen) {
        DoctorReport report = new DoctorReport(context.messages(), new EngineAdvice(environment.osName()));
        context.say("engine.connected", chosen.endpoint().host(), report.describe(chosen.info().orElseThrow()));
        if (EngineDiscovery.PRIVATE_ENGINE.equals(chosen.endpoint().detail())) {
            // the tutor found it by itself; the learner's own docker command, in another terminal, will not
            context.say("engine.privateForCli", chosen.endpoint().host());
        }
    }

    private static String prompt(StepFlow flow, ShellContext context) {
        return flow.tutor().promptLabel(context.messages()) + "docker> ";
    }

    /** Runs one line as typed, then (for a docker command, an edit…) checks the current step. */
    private ShellCommand.Outcome run(String line, ShellContext context, DockerDispatcher docker, StepFlow flow) {
        // Ctrl-C stops the command, even one waiting on a frozen engine, and the check after it apart
        ShellCommand.Outcome outcome = context.interrupts().run(cancellation -> execute(line, context, docker, flow));
        if (outcome == ShellCommand.Outcome.CONTINUE && checksStep(line, context)) {
            context.interrupts().runVoid(cancellation -> {
                try {
                    flow.afterCommand();
                } catch (RuntimeException e) {
                    log.record("check after command", e);
                }
            });
        }
        if (outcome == ShellCommand.Outcome.CONTINUE) {
            // after every command, not only docker ones: answer, next, name and lang save too
            flow.reportNotices();
        }
        return outcome;
    }

    private static boolean checksStep(String line, ShellContext context) {
        String first = line.trim().split("\\s+", 2)[0];
        return first.equals("docker") || first.equals("sudo")
                || context.commands().find(first).map(ShellCommand::checksStep).orElse(false);
    }

    private ShellCommand.Outcome execute(String line, ShellContext context, DockerDispatcher docker, StepFlow flow) {
        String first = line.trim().split("\\s+", 2)[0];
        if (first.equals("docker") || first.equals("sudo")) {
            // a docker line is read by the dispatcher itself: it expands $(docker …) and $(pwd) as a shell would
            try {
                docker.runLine(line, context);
            } catch (RuntimeException e) {
                log.record("command failed: docker", e);
                context.say("shell.commandFailed", "docker", log.file());
            }
            return ShellCommand.Outcome.CONTINUE;
        }
        List<String> words;
        try {
            words = CommandLineTokenizer.tokenize(line);
        } catch (ParseException e) {
            context.sayText(e.render(context.messages()));
            return ShellCommand.Outcome.CONTINUE;
        }
        if (words.isEmpty()) {
            return ShellCommand.Outcome.CONTINUE;
        }
        try {
            if (words.get(0).equals("docker") || words.get(0).equals("sudo")) {
                docker.run(words, context);
                return ShellCommand.Outcome.CONTINUE;
            }
            Optional<ShellCommand> command = context.commands().find(words.get(0));
            if (command.isEmpty()) {
                context.say("shell.unknownCommand", words.get(0));
                return ShellCommand.Outcome.CONTINUE;
            }
            return command.get().execute(context, words.subList(1, words.size()));
        } catch (RuntimeException e) {
            log.record("command failed: " + words.get(0), e);
            context.say("shell.commandFailed", words.get(0), log.file());
            return ShellCommand.Outcome.CONTINUE;
        }
    }
}
