package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.pack.PackException;
import io.github.dockertutor.pack.PackLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code dockertutor load FILE}: a learner's engine gets the course's images from a pack, no Internet needed. */
public final class LoadCliCommand implements CliCommand {
    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return "load FILE";
    }

    @Override
    public int run(Invocation run) {
        var messages = run.messages();
        if (run.arguments().operands().size() != 1) {
            run.err().println(messages.get("pack.usage", usage()));
            return ExitCode.USAGE;
        }
        Path archive = run.environment().workingDir().resolve(run.arguments().operands().get(0));
        try (EngineSession session = CliEngine.session(run); CliScreen screen = CliScreen.open(run)) {
            boolean[] noEngine = {false};
            // finding the engine (docker-java's loading, a ping) overlaps the check of a pack with
            // images; the loader still takes it, so nothing reaches it, only once the pack passed
            List<CompletableFuture<Engine>> found = new ArrayList<>();
            PackLoader loader = new PackLoader(() -> {
                Engine engine = found.isEmpty() ? CliEngine.connect(session) : joined(found.get(0));
                if (engine == null) {
                    noEngine[0] = true;
                    throw new PackException("pack.noEngine");
                }
                return engine;
            }, () -> found.add(CompletableFuture.supplyAsync(() -> CliEngine.connect(session))),
                    messages, screen.screen());
            try {
                loader.load(archive);
                return ExitCode.OK;
            } catch (PackException e) {
                run.err().println(messages.get(e.key().startsWith("pack.verify.") ? "pack.load.refused" : "pack.failed",
                        e.message(messages)));
                return noEngine[0] ? ExitCode.NO_ENGINE : ExitCode.FAILURE;
            }
        } catch (EngineException e) {
            run.err().println(messages.get("pack.failed", messages.get(e.key(), e.args())));
        } catch (IOException e) {
            run.err().println(messages.get("pack.failed", String.valueOf(e.getMessage())));
        }
        return ExitCode.FAILURE;
    }

    private static Engine joined(CompletableFuture<Engine> found) {
        try {
            return found.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
