package io.github.dockertutor.app;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.cli.CliArguments;
import io.github.dockertutor.cli.CliCommand;
import io.github.dockertutor.cli.CliCommands;
import io.github.dockertutor.cli.CliOutput;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.LanguageResolver;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.shell.TutorShell;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
                    printUsage(messages, CliOutput.fitted(out, in, environment));
                    return ExitCode.OK;
                case CliArguments.SHELL:
                    return new TutorShell(environment, cli, messages, log, in, out).run();
                default:
                    return CliCommands.find(cli.command()).orElseThrow()
                            .run(new CliCommand.Invocation(cli, environment, messages, in,
                                    CliOutput.fitted(out, in, environment), CliOutput.fitted(err, in, environment)));
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

    private static void printUsage(Messages messages, PrintWriter out) {
        out.println(messages.get("app.usage.head"));
        int width = 0;
        for (CliCommand command : CliCommands.all()) {
            width = Math.max(width, command.usage().length());
        }
        out.println(String.format("  %-" + width + "s  %s", "", messages.get("app.cmd.shell")));
        for (CliCommand command : CliCommands.all()) {
            out.println(String.format("  %-" + width + "s  %s", command.usage(), messages.get("app.cmd." + command.name())));
        }
        out.println(messages.get("app.usage.options"));
        out.flush();
    }
}
