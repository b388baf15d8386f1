package io.github.dockertutor.shell;

import io.github.dockertutor.CliArguments;
import io.github.dockertutor.Environment;
import io.github.dockertutor.ErrorLog;
import io.github.dockertutor.ExitCode;
import io.github.dockertutor.Version;
import io.github.dockertutor.engine.DoctorReport;
import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.LocateResult;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.shell.commands.DoctorCommand;
import io.github.dockertutor.shell.commands.HelpCommand;
import io.github.dockertutor.shell.commands.QuitCommand;
import io.github.dockertutor.shell.docker.DockerDispatcher;
import io.github.dockertutor.shell.docker.InteractiveRunner;
import io.github.dockertutor.shell.parse.CommandLineTokenizer;
import io.github.dockertutor.shell.parse.ParseException;
import io.github.dockertutor.workspace.Workspace;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The read-eval loop: one place where lines are read, commands run, Ctrl-C cancels what runs (and
 * never the shell), Ctrl-D and {@code quit} end, and cleanup runs in {@code finally}. A command
 * that fails is reported in the learner's language and the loop goes on; details go to the log.
 */
public final class TutorShell {
    private final Environment environment;
    private final CliArguments cli;
    private final Messages messages;
    private final ErrorLog log;
    private final InputStream in;
    private final PrintWriter out;

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
        EngineDiscovery discovery = new EngineDiscovery(cli.host(), environment.variables(), environment.home(),
                environment.osName());
        Interrupts interrupts = new Interrupts();
        try (LineSource lines = openLineSource();
                EngineSession engine = new EngineSession(new EngineLocator(discovery, new EngineProbe()));
                SignalHandling signals = SignalHandling.install(lines, interrupts)) {
            PrintWriter writer = lines instanceof TerminalLineSource terminal ? terminal.terminal().writer() : out;
            CommandRegistry commands = new CommandRegistry()
                    .add(new HelpCommand())
                    .add(new DoctorCommand())
                    .add(new QuitCommand());
            Workspace workspace = new Workspace(cli.workspace().orElse(environment.workingDir().resolve("workspace")));
            ShellContext context = new ShellContext(environment, engine, log, writer, commands, messages, interrupts,
                    workspace, prompt -> ask(lines, prompt));
            InteractiveRunner interactive = NoTerminal.INSTANCE;
            DockerDispatcher docker = new DockerDispatcher(interactive);
            greet(context);
            loop(lines, context, docker);
            return ExitCode.OK;
        }
    }

    private LineSource openLineSource() {
        boolean terminal = in == System.in && System.console() != null;
        if (terminal) {
            return new TerminalLineSource(environment.dataDirectory().resolve("history"));
        }
        return new ScriptedLineSource(in, out);
    }

    private static Optional<String> ask(LineSource lines, String prompt) {
        try {
            return lines.readLine(prompt);
        } catch (LineSource.InterruptedLineException e) {
            return Optional.empty();
        }
    }

    private void greet(ShellContext context) {
        context.say("shell.welcome", Version.current(), context.messages().language().tag());
        LocateResult result = context.engineSession().connect();
        DoctorReport report = new DoctorReport(context.messages(), new EngineAdvice(environment.osName()));
        if (result.found()) {
            var chosen = result.chosen().orElseThrow();
            context.say("engine.connected", chosen.endpoint().host(), report.describe(chosen.info().orElseThrow()));
        } else {
            context.say("engine.none");
        }
        context.say("shell.workspace", context.workspace().root());
        context.say("shell.helpHint");
    }

    private void loop(LineSource lines, ShellContext context, DockerDispatcher docker) {
        while (true) {
            Optional<String> line;
            try {
                line = lines.readLine(prompt(context));
            } catch (LineSource.InterruptedLineException e) {
                continue;
            }
            if (line.isEmpty()) {
                context.say("shell.bye");
                return;
            }
            if (run(line.get(), context, docker) == ShellCommand.Outcome.QUIT) {
                return;
            }
        }
    }

    private ShellCommand.Outcome run(String line, ShellContext context, DockerDispatcher docker) {
        List<String> words;
        try {
            words = CommandLineTokenizer.tokenize(line);
        } catch (ParseException e) {
            context.out().println(e.render(context.messages()));
            context.out().flush();
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

    private String prompt(ShellContext context) {
        return "docker> ";
    }
}
