package io.github.dockertutor;

import io.github.dockertutor.engine.DoctorReport;
import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.LocateResult;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.LanguageResolver;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.LintCommand;
import io.github.dockertutor.shell.TutorShell;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Wires the parts together for one run of the dockertutor command; I/O comes in from outside. */
public final class Main {
    private final Environment environment;
    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;

    public Main(Environment environment, InputStream in, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, or Chinese text turns into question marks under LANG=C
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = new Main(Environment.current(), System.in, out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String[] args) {
        Messages messages = Messages.of(LanguageResolver.resolve(
                CliArguments.languageHint(args), Optional.empty(), environment.variables()));
        ErrorLog log = new ErrorLog(environment.logFile());
        try {
            CliArguments cli;
            try {
                cli = CliArguments.parse(args);
            } catch (CliArguments.UsageException e) {
                err.println(messages.get(e.key(), e.args()));
                return ExitCode.USAGE;
            }
            Language language = LanguageResolver.resolve(cli.language(), Optional.empty(), environment.variables());
            messages = Messages.of(language);
            switch (cli.command()) {
                case "version":
                    out.println(messages.get("app.version", Version.current()));
                    return ExitCode.OK;
                case "help":
                    out.println(messages.get("app.usage"));
                    return ExitCode.OK;
                case "doctor":
                    return doctor(cli, messages);
                case "lint":
                    return lint(cli, messages);
                default:
                    return new TutorShell(environment, cli, messages, log, in, out).run();
            }
        } catch (RuntimeException | Error e) {
            log.record("unexpected error", e);
            err.println(messages.get("app.error.unexpected", e.getClass().getSimpleName(), log.file()));
            return ExitCode.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int doctor(CliArguments cli, Messages messages) {
        out.println(messages.get("doctor.header", Version.current(), System.getProperty("java.version"),
                environment.osName(), System.getProperty("os.arch"), messages.language().tag()));
        EngineLocator locator = new EngineLocator(locatorDiscovery(cli), new EngineProbe());
        LocateResult result = locator.survey();
        new DoctorReport(messages, new EngineAdvice(environment.osName())).print(result, out);
        out.println(messages.get("doctor.log", environment.logFile()));
        return result.found() ? ExitCode.OK : ExitCode.NO_ENGINE;
    }

    private int lint(CliArguments cli, Messages messages) {
        Optional<Path> dir = cli.operands().isEmpty()
                ? CourseLocation.onDisk(cli.lessons())
                : Optional.of(environment.workingDir().resolve(cli.operands().get(0)));
        if (dir.isEmpty()) {
            err.println(messages.get("app.error.lintNeedsDir"));
            return ExitCode.USAGE;
        }
        return new LintCommand().run(dir.get(), messages, out) == LintCommand.OK ? ExitCode.OK : ExitCode.FAILURE;
    }

    private EngineDiscovery locatorDiscovery(CliArguments cli) {
        return new EngineDiscovery(cli.host(), environment.variables(), environment.home(), environment.osName());
    }
}
