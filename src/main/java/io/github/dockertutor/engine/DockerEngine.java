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
 * Everything the tutor asks of the engine, in the tutor's own terms. Every failure comes out as an
 * {@link EngineException}; when the engine has gone away the session forgets it, so the next call
 * looks for the engine again and the shell reconnects by itself.
 */
public final class DockerEngine {
    /** The label every container and image the tutor creates carries: value is the lesson id. */
    public static final String LESSON_LABEL = "dockertutor.lesson";
    /** On a shared engine, the learner's prefix (--prefix): cleanup removes only what carries its own. */
    public static final String LEARNER_LABEL = "dockertutor.learner";

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

    /**
     * Whether the engine still answers a quick ping (after a stream ended, to tell why); when it
     * does not, the session forgets it, so the next call looks for the engine afresh.
     */
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

    public PullResult pull(String repository, String tag, String platform, PullListener listener,
            Cancellation cancellation) {
        return call(client -> ImagePull.pull(client, repository, tag, platform, listener, cancellation));
    }

    public BuildResult build(BuildSpec spec, BuildContext context, Consumer<String> output, Cancellation cancellation) {
        return call(client -> ImageBuild.build(client, spec, context, output, cancellation));
    }

    /** Creates a container; fails with IMAGE_NOT_FOUND when the image is not local (the caller pulls). */
    public String create(RunSpec spec) {
        return call(client -> Containers.create(client, spec));
    }

    public void start(String container) {
        call(client -> client.startContainerCmd(container).exec());
    }

    public void stop(String container, Integer timeoutSeconds) {
        call(client -> {
            var command = client.stopContainerCmd(container);
            if (timeoutSeconds != null) {
                command = command.withTimeout(timeoutSeconds);
            }
            return command.exec();
        });
    }

    public void restart(String container, Integer timeoutSeconds) {
        call(client -> {
            var command = client.restartContainerCmd(container);
            if (timeoutSeconds != null) {
                command = command.withTimeout(timeoutSeconds);
            }
            return command.exec();
        });
    }

    public void removeContainer(String container, boolean force) {
        call(client -> client.removeContainerCmd(container).withForce(force).exec());
    }

    public void removeImage(String image, boolean force) {
        call(client -> client.removeImageCmd(image).withForce(force).exec());
    }

    /**
     * Removes the images no container uses: the dangling (untagged) ones, or with {@code all} every
     * one; only those with all of {@code labels} ({@code KEY} or {@code KEY=VALUE}) and, with
     * {@code until}, created before it. Answers the bytes freed.
     */
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

    /** Sends an image (repository and tag as tagged on this engine) to the registry its name names. */
    public void push(String repository, String tag) {
        call(client -> {
            ImagePush.push(client, repository, tag);
            return null;
        });
    }

    public void tag(String source, String repository, String tag) {
        call(client -> client.tagImageCmd(source, repository, tag).exec());
    }

    /**
     * Attaches to a container created with a TTY and open stdin ({@code docker run -it},
     * {@code docker attach}): what is written into {@code stdin} reaches the container, what it
     * prints goes to {@code output}. When {@link Attachment#wasRunning()} is false, start the
     * container after this returns: attach first, then start, so the first prompt is not lost.
     * {@code stdin} must be a stream the caller feeds and closes (a pipe), never System.in.
     */
    public Attachment attach(String container, InputStream stdin, OutputStream output) {
        return call(client -> TerminalAttach.attach(this, client, container, stdin, output));
    }

    /**
     * Runs a command with a terminal in a running container ({@code docker exec -it}); the same
     * rules for {@code stdin} as {@link #attach}. Closing the attachment leaves the process running.
     */
    public Attachment exec(String container, List<String> command, InputStream stdin, OutputStream output) {
        return call(client -> TerminalAttach.exec(this, client, container, command, stdin, output));
    }

    /** Sets the size of a container's terminal, in character cells. */
    public void resize(String container, int columns, int rows) {
        call(client -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
    }

    public int waitFor(String container, Cancellation cancellation) {
        return call(client -> Containers.waitFor(client, container, cancellation));
    }

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

    /** Starts a created container with its output attached first, streaming until it ends or Ctrl-C. */
    public void startAttached(String container, Consumer<String> lines, Cancellation cancellation) {
        call(client -> {
            AttachedRun.startAndStream(client, container, lines, cancellation);
            failIfEngineGone(cancellation);
            return null;
        });
    }

    /** Runs a command in a running container without a terminal and streams its output; the exit code. */
    public int execAndStream(String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation) {
        return call(client -> ExecRun.run(client, container, command, detach, lines, cancellation));
    }

    /** The engine's JSON description of a container or image; type is "container", "image" or null for either. */
    public String inspect(String target, String type) {
        return call(client -> Inspections.inspect(client, target, type));
    }

    public List<ImageSummary> images() {
        return call(Listings::images);
    }

    public List<ContainerSummary> containers(boolean all) {
        return call(client -> Listings.containers(client, all));
    }

    // events (check package)

    /** The engine's own clock now; checks compare event times with it, never with ours. */
    public Instant engineTime() {
        return call(EngineEvents::engineTime);
    }

    /** Past events between two engine times; {@code filters} as the engine names them (type, event, image…). */
    public List<EngineEvent> events(Instant since, Instant until, Map<String, List<String>> filters) {
        return call(client -> EngineEvents.between(client, since, until, filters));
    }

    /** Follows new events on a background thread until cancelled; the shell re-checks on each. */
    public void subscribe(Consumer<EngineEvent> listener, Cancellation cancellation) {
        subscribe(listener, () -> { }, cancellation);
    }

    /** As {@link #subscribe(Consumer, Cancellation)}; {@code onEnd} runs if the stream ends by itself. */
    public void subscribe(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
        call(client -> {
            EngineEvents.follow(client, listener, onEnd, cancellation);
            return null;
        });
    }

    /** A container's state, or empty when there is no such container (a --rm container that ended). */
    public Optional<ContainerState> containerState(String container) {
        return call(client -> Listings.containerState(client, container));
    }

    /** The platform an image was built for, as {@code os/architecture} (linux/arm64), or empty when unknown. */
    public Optional<String> imagePlatform(String reference) {
        return call(client -> Listings.imagePlatform(client, reference));
    }

    /** The engine's own platform ({@code linux/amd64}), as the probe that found it saw it; empty when unknown. */
    public Optional<String> enginePlatform() {
        return session.current().flatMap(ProbeResult::info).map(info -> info.os() + "/" + info.arch());
    }

    /** The image a reference or id names, or empty when there is none. */
    public Optional<ImageDetails> inspectImage(String reference) {
        return call(client -> EngineEvents.inspectImage(client, reference));
    }

    // pack and load

    /** What a course pack records of a local image, or empty when the engine has none by that name or id. */
    public Optional<ImageFacts> imageFacts(String reference) {
        return call(client -> ImageArchive.facts(client, reference));
    }

    /** Writes the {@code docker save} of these images ({@code repository:tag} each) into {@code sink}; the bytes written. */
    public long saveImages(List<String> references, OutputStream sink) {
        return call(client -> ImageArchive.save(client, references, sink));
    }

    /** Loads a {@code docker save} tar stream into the engine ({@code docker load}). */
    public void loadImages(InputStream tar) {
        call(client -> {
            ImageArchive.load(client, tar);
            return null;
        });
    }
}
