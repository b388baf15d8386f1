package io.github.dockertutor.corpus;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.console.CommandRegistry;
import io.github.dockertutor.console.Interrupts;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockerrun.DockerDispatcher;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tutor's side of a corpus line: the line typed at the tutor's prompt, run in this process by
 * the same dispatcher the shell uses, on a script's terminal (no TTY, answers "no" to questions,
 * English). A line still running after a while gets Ctrl-C, as the reader on the other side.
 */
final class TutorSide {
    /** What the tutor printed, whether it threw (a crash) or never returned (a hang), and whether it got Ctrl-C. */
    record Result(String output, String crash, boolean interrupted) {
    }

    /** A script has no terminal to hand to a container, as the shell's own runner for a script says. */
    private static final io.github.dockertutor.console.InteractiveRunner SCRIPT =
            new io.github.dockertutor.console.InteractiveRunner() {
                @Override
                public boolean available() {
                    return false;
                }

                @Override
                public java.util.OptionalInt attachAndStart(String containerId, ShellContext context) {
                    throw new IllegalStateException("no terminal to attach");
                }

                @Override
                public java.util.OptionalInt exec(String containerId, java.util.List<String> command,
                        ShellContext context) {
                    throw new IllegalStateException("no terminal to attach");
                }
            };

    private final EngineSession session;
    private final Map<String, String> environment;
    private final Path home;

    TutorSide(EngineSession session, Map<String, String> environment, Path home) {
        this.session = session;
        this.environment = environment;
        this.home = home;
    }

    Result run(String line, Path workspace, int patience) {
        return run(line, workspace, java.time.Duration.ofSeconds(patience));
    }

    /** The line typed at the prompt; Ctrl-C after {@code patience}, as a reader would press it. */
    Result run(String line, Path workspace, java.time.Duration patience) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer, true);
        Interrupts interrupts = new Interrupts();
        ShellContext context = new ShellContext(new Environment(environment, home, "Linux", workspace), session,
                new DockerEngine(session), new ErrorLog(home.resolve("dockertutor.log")), out, new CommandRegistry(),
                Messages.of(Language.EN), interrupts, new Workspace(workspace), prompt -> {
                    out.println(prompt);
                    // a reader who typed the tutorial's line means it: yes to the tutor's safety question;
                    // docker's own questions (prune) get what docker's get without a terminal, nothing
                    return prompt.contains("Run it anyway?") ? Optional.of("y") : Optional.empty();
                });
        context.setDisplay(() -> 100, false, new PlainScreen(out, 100));
        context.setLessonLabel("corpus");
        DockerDispatcher dispatcher = new DockerDispatcher(SCRIPT);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> dispatcher.runLine(line, context));
        try {
            return finish(running, patience, interrupts, buffer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(buffer.toString(), "interrupted", true);
        }
    }

    private static Result finish(CompletableFuture<Void> running, java.time.Duration patience, Interrupts interrupts,
            StringWriter buffer) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                running.get(attempt == 0 ? patience.toMillis() : 8000, TimeUnit.MILLISECONDS);
                return new Result(buffer.toString(), null, attempt > 0);
            } catch (ExecutionException e) {
                StringWriter trace = new StringWriter();
                e.getCause().printStackTrace(new PrintWriter(trace));
                return new Result(buffer.toString(), trace.toString(), attempt > 0);
            } catch (TimeoutException e) {
                // Ctrl-C, as the reader on the docker side gets it
                interrupts.interrupt();
            }
        }
        return new Result(buffer.toString(), "no answer after three Ctrl-C", true);
    }
}
