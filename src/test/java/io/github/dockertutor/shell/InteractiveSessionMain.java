package io.github.dockertutor.shell;

import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.RunSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Runs one interactive session on the real terminal, for {@code InteractiveSessionIT} (under
 * {@code script}, which gives it a pseudo-terminal) and for trying it by hand in tmux.
 * {@code run NAME}: creates busybox {@code sh} with -it under that name and attaches ({@code run-rm}: with --rm);
 * {@code exec NAME}: {@code exec -it NAME sh} in a running container. The container is left for
 * the caller to inspect and remove. Prints {@code OUTCOME ENDING DETAIL} last.
 */
public final class InteractiveSessionMain {
    private InteractiveSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String name = args[1];
        Language language = args.length > 2 && args[2].equals("zh-TW") ? Language.ZH_TW : Language.EN;
        EngineDiscovery discovery = new EngineDiscovery(Optional.empty(), System.getenv(),
                Path.of(System.getProperty("user.home")), System.getProperty("os.name"));
        int status;
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
                EngineSession session = new EngineSession(new EngineLocator(discovery, new EngineProbe()))) {
            DockerEngine engine = new DockerEngine(session);
            InteractiveSession interactive = new InteractiveSession(terminal, engine, Messages.of(language));
            SessionOutcome outcome;
            try {
                if (mode.startsWith("run")) {
                    engine.create(interactiveBusybox(name, mode.equals("run-rm")));
                    outcome = interactive.attach(name);
                } else {
                    outcome = interactive.exec(name, List.of("sh"));
                }
            } catch (EngineException e) {
                e.printStackTrace(terminal.writer());
                terminal.writer().println("OUTCOME FAILED " + e.fault());
                terminal.writer().flush();
                System.exit(3);
                return;
            }
            String detail = switch (outcome.ending()) {
                case EXITED -> String.valueOf(outcome.exitCode().getAsInt());
                case DETACHED -> "-";
                case LOST -> outcome.failure().orElseThrow().fault().name();
            };
            terminal.writer().println("OUTCOME " + outcome.ending() + " " + detail);
            terminal.writer().flush();
            if (Boolean.getBoolean("then.read")) {
                // by hand: is the terminal the LineReader's again, and did docker-java's threads end?
                String line = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build()
                        .readLine("after> ");
                terminal.writer().println("READ [" + line + "] threads: " + Thread.getAllStackTraces().keySet()
                        .stream().map(Thread::getName).filter(n -> n.startsWith("docker-java")).toList());
                terminal.writer().flush();
            }
            status = 0;
        }
        System.exit(status);
    }

    /** {@code docker run -it [--rm] --name NAME --label dockertutor.lesson=test busybox sh}, created only. */
    static RunSpec interactiveBusybox(String name, boolean autoRemove) {
        return new RunSpec("busybox", Optional.of(name), List.of("sh"), List.of(), List.of(), List.of(),
                Map.of(Engine.LESSON_LABEL, "test"), autoRemove, true, true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
