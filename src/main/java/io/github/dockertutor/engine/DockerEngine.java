package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PruneCmd;
import com.github.dockerjava.api.model.PruneType;
import io.github.dockertutor.engine.EngineException.Fault;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The real {@link Engine}, through docker-java. When the engine has gone away the session forgets
 * it, so the next call looks for the engine again and the shell reconnects by itself.
 */
public final class DockerEngine implements Engine {

    private final EngineSession session;

    public DockerEngine(EngineSession session) {
        this.session = session;
    }

    public EngineSession session() {
        return session;
    }

    @FunctionalInterface
    interface Call<T> {
        T run(DockerClient client) throws Exception;
    }

    <T> T call(Call<T> call) {
        DockerClient client = session.client()
                .orElseThrow(() -> new EngineException(Fault.ENGINE_GONE, "faults.noEngine", null));
        try {
            return call.run(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Fault.CANCELLED, "engine.cancelled", e);
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /**
     * Sorts a failure into a fault; an engine gone away is forgotten, so the next call looks again.
     * A failure that is not an answer of the engine's (a stream that broke off with "context
     * canceled", a build that ended without an image) is checked with a ping: an engine stopping
     * in the middle of a pull or a build must read as ENGINE_GONE, not as a refusal.
     */
    EngineException translate(Throwable error) {
        EngineException translated = EngineErrors.translate(error);
        if (translated.fault() != Fault.ENGINE_GONE && translated.fault() != Fault.CANCELLED
                && !answeredByEngine(error) && !session.answers()) {
            translated = gone(error);
        }
        if (translated.fault() == Fault.ENGINE_GONE) {
            session.disconnect();
        }
        return translated;
    }

    /** Whether the engine itself answered with an HTTP error: then it is certainly there. */
    private static boolean answeredByEngine(Throwable error) {
        Throwable cause = error instanceof EngineException engineException && engineException.getCause() != null
                ? engineException.getCause() : error;
        return cause instanceof com.github.dockerjava.api.exception.DockerException;
    }

    private static EngineException gone(Throwable cause) {
        return new EngineException(Fault.ENGINE_GONE, "engine.error.gone", cause,
                cause == null ? "" : EngineErrors.engineMessage(cause));
    }

    @Override
    public boolean answers() {
        if (session.answers()) {
            return true;
        }
        session.disconnect();
        return false;
    }

    /**
     * A following stream (logs -f, an attached run) that ended by itself ends either because what
     * it followed ended or because the engine stopped: only a ping tells them apart.
     */
    private void failIfEngineGone(Cancellation cancellation) {
        if (!cancellation.isCancelled() && !session.answers()) {
            throw gone(null);
        }
    }

    @Override
    public PullResult pull(String repository, String tag, String platform, PullListener listener,
            Cancellation cancellation) {
        return call(client -> ImagePull.pull(client, repository, tag, platform, listener, cancellation));
    }

    @Override
    public BuildResult build(BuildSpec spec, BuildContext context, Consumer<String> output, Cancellation cancellation) {
        return call(client -> ImageBuild.build(client, spec, context, output, cancellation));
    }

    @Override
    public String create(RunSpec spec) {
        return call(client -> Containers.create(client, spec));
    }

    @Override
    public void start(String container) {
        call(client -> client.startContainerCmd(container).exec());
    }

    @Override
    public void stop(String container, Integer timeoutSeconds) {
        call(client -> {
            var command = client.stopContainerCmd(container);
            if (timeoutSeconds != null) {
                command = command.withTimeout(timeoutSeconds);
            }
            return command.exec();
        });
    }

    @Override
    public void restart(String container, Integer timeoutSeconds) {
        call(client -> {
            var command = client.restartContainerCmd(container);
            if (timeoutSeconds != null) {
                command = command.withTimeout(timeoutSeconds);
            }
            return command.exec();
        });
    }

    @Override
    public void removeContainer(String container, boolean force) {
        call(client -> client.removeContainerCmd(container).withForce(force).exec());
    }

    @Override
    public void removeImage(String image, boolean force) {
        call(client -> client.removeImageCmd(image).withForce(force).exec());
    }

    @Override
    public long pruneImages(boolean all, List<String> labels, Optional<String> until) {
        return call(client -> {
            PruneCmd prune = client.pruneCmd(PruneType.IMAGES).withDangling(!all);
            if (!labels.isEmpty()) {
                prune.withLabelFilter(labels.toArray(String[]::new));
            }
            until.ifPresent(prune::withUntilFilter);
            Long reclaimed = prune.exec().getSpaceReclaimed();
            return reclaimed == null ? 0L : reclaimed;
        });
    }

    @Override
    public void push(String repository, String tag) {
        call(client -> {
            ImagePush.push(client, repository, tag);
            return null;
        });
    }

    @Override
    public void tag(String source, String repository, String tag) {
        call(client -> client.tagImageCmd(source, repository, tag).exec());
    }

    @Override
    public Attachment attach(String container, InputStream stdin, OutputStream output) {
        return call(client -> TerminalAttach.attach(this, client, container, stdin, output));
    }

    @Override
    public Attachment exec(String container, List<String> command, InputStream stdin, OutputStream output) {
        return call(client -> TerminalAttach.exec(this, client, container, command, stdin, output));
    }

    @Override
    public void resize(String container, int columns, int rows) {
        call(client -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
    }

    @Override
    public int waitFor(String container, Cancellation cancellation) {
        return call(client -> Containers.waitFor(client, container, cancellation));
    }

    @Override
    public void logs(String container, boolean follow, Integer tail, Consumer<String> lines, Cancellation cancellation) {
        call(client -> {
            Containers.logs(client, container, follow, tail, lines, cancellation);
            if (follow) {
                failIfEngineGone(cancellation);
            }
            return null;
        });
    }

    // run, inspect (shell)

    @Override
    public void startAttached(String container, Consumer<String> lines, Cancellation cancellation) {
        call(client -> {
            AttachedRun.startAndStream(client, container, lines, cancellation);
            failIfEngineGone(cancellation);
            return null;
        });
    }

    @Override
    public int execAndStream(String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation) {
        return call(client -> ExecRun.run(client, container, command, detach, lines, cancellation));
    }

    @Override
    public String inspect(String target, String type) {
        return call(client -> Inspections.inspect(client, target, type));
    }

    @Override
    public List<ImageSummary> images() {
        return call(Listings::images);
    }

    @Override
    public List<ContainerSummary> containers(boolean all) {
        return call(client -> Listings.containers(client, all));
    }

    // events (check package)

    @Override
    public Instant engineTime() {
        return call(EngineEvents::engineTime);
    }

    @Override
    public List<EngineEvent> events(Instant since, Instant until, Map<String, List<String>> filters) {
        return call(client -> EngineEvents.between(client, since, until, filters));
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Cancellation cancellation) {
        subscribe(listener, () -> { }, cancellation);
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
        call(client -> {
            EngineEvents.follow(client, listener, onEnd, cancellation);
            return null;
        });
    }

    @Override
    public Optional<ContainerState> containerState(String container) {
        return call(client -> Listings.containerState(client, container));
    }

    @Override
    public Optional<ContainerDetails> inspectContainer(String container) {
        return call(client -> Listings.containerDetails(client, container));
    }

    @Override
    public Optional<byte[]> readFile(String container, String path, int maxBytes) {
        return call(client -> ContainerFiles.read(client, container, path, maxBytes));
    }

    @Override
    public Optional<String> imagePlatform(String reference) {
        return call(client -> Listings.imagePlatform(client, reference));
    }

    @Override
    public Optional<String> enginePlatform() {
        return session.current().flatMap(ProbeResult::info).map(info -> info.os() + "/" + info.arch());
    }

    @Override
    public Optional<ImageDetails> inspectImage(String reference) {
        return call(client -> EngineEvents.inspectImage(client, reference));
    }

    // pack and load

    @Override
    public Optional<ImageFacts> imageFacts(String reference) {
        return call(client -> ImageArchive.facts(client, reference));
    }

    @Override
    public long saveImages(List<String> references, OutputStream sink) {
        return call(client -> ImageArchive.save(client, references, sink));
    }

    @Override
    public void loadImages(InputStream tar) {
        call(client -> {
            ImageArchive.load(client, tar);
            return null;
        });
    }
}
