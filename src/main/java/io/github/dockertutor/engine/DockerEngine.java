package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PruneCmd;
import com.github.dockerjava.api.model.PruneType;
import io.github.dockertutor.engine.EngineException.Fault;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
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
    private final Duration deadline;
    /** The engine's clock as an offset from the machine's, as last measured (see {@link #engineTime}). */
    private volatile ClockOffset clock;

    public DockerEngine(EngineSession session) {
        this(session, DEADLINE);
    }

    /** With another deadline for the calls that do not stream: tests, which cannot wait 15 s. */
    DockerEngine(EngineSession session, Duration deadline) {
        this.session = session;
        this.deadline = deadline;
    }

    public EngineSession session() {
        return session;
    }

    /**
     * How long a call that does not stream may take: long enough for a busy engine, short enough
     * that a frozen one (paused, stopped with SIGSTOP, a socket that accepts and never answers) is
     * reported while the learner still waits. Streams (pull, build, logs -f, attach, events) have
     * none: they may rightly run for minutes, and Ctrl-C ends them.
     */
    static final Duration DEADLINE = Duration.ofSeconds(15);
    /** Removing an image deletes its layers from disk, and a prune many images: slower on a big engine. */
    private static final int SLOW = 2;

    @FunctionalInterface
    interface Call<T> {
        T run(DockerClient client) throws Exception;
    }

    /** A call that does not stream: bounded by {@link #DEADLINE}, cancelled by the Ctrl-C of the calling thread. */
    <T> T call(Call<T> call) {
        return call(call, deadline, late -> { });
    }

    /**
     * A call that does not stream, bounded by {@code limit} and cancelled by Ctrl-C (the
     * {@link Cancellation} the calling thread entered); {@code late} gets an answer that came
     * after the caller gave up. A call that times out leaves the engine forgotten, so the next
     * one looks for it afresh (and the probe says at once that it does not answer).
     */
    <T> T call(Call<T> call, Duration limit, Consumer<T> late) {
        Cancellation cancellation = Cancellation.current().orElseGet(Cancellation::new);
        cancellation.throwIfCancelled();
        DockerClient client = session.client()
                .orElseThrow(() -> new EngineException(Fault.ENGINE_GONE, "faults.noEngine", null));
        try {
            return BoundedCall.run(() -> call.run(client), limit, cancellation, late);
        } catch (BoundedCall.TimedOut e) {
            session.abandon();
            throw new EngineException(Fault.ENGINE_GONE, "engine.error.noAnswer", null, limit.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Fault.CANCELLED, "engine.cancelled", e);
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /**
     * A streaming call (pull, build, logs, attach, events, save, load): no deadline, since it may
     * rightly run for minutes; the Cancellation it is given stops it.
     */
    <T> T stream(Call<T> call) {
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
        return stream(client -> ImagePull.pull(client, repository, tag, platform, listener, cancellation));
    }

    @Override
    public BuildResult build(BuildSpec spec, BuildContext context, Consumer<String> output, Cancellation cancellation) {
        return stream(client -> ImageBuild.build(client, spec, context, output, cancellation));
    }

    @Override
    public String create(RunSpec spec) {
        // a create the learner cancelled (or that timed out) and the engine did after all is
        // undone: the command was given up, so nothing of it may stay or run
        return call(client -> Containers.create(client, spec), deadline,
                id -> removeQuietly(id));
    }

    /** Removes a container a given-up create made after all, through the client that made it. */
    private void removeQuietly(String id) {
        session.client().ifPresent(client -> {
            try {
                client.removeContainerCmd(id).withForce(true).exec();
            } catch (RuntimeException e) {
                // the engine went away again; the container was never started
            }
        });
    }

    @Override
    public void start(String container) {
        // a start given up on that the engine does after all is undone: the learner stopped the command
        call(client -> client.startContainerCmd(container).exec(), deadline, late -> stopQuietly(container));
    }

    /** Stops a container a given-up start started after all. */
    private void stopQuietly(String container) {
        session.client().ifPresent(client -> {
            try {
                client.stopContainerCmd(container).withTimeout(0).exec();
            } catch (RuntimeException e) {
                // the engine went away again, or the container ended by itself
            }
        });
    }

    @Override
    public void stop(String container, Integer timeoutSeconds) {
        int timeout = stopTimeout(container, timeoutSeconds);
        call(client -> client.stopContainerCmd(container).withTimeout(timeout).exec(), afterGracePeriod(timeout),
                late -> { });
    }

    /**
     * The grace a stop gives: the one asked, else the container's own (run --stop-timeout), else 10 s.
     * docker-java would send 10 s when none is given, where docker leaves it to the container.
     */
    private int stopTimeout(String container, Integer asked) {
        if (asked != null) {
            return asked;
        }
        // docker-java's ContainerConfig has no StopTimeout: the engine's own answer
        com.fasterxml.jackson.databind.JsonNode own = call(client -> RawApi.get(client,
                "/containers/" + java.net.URLEncoder.encode(container, java.nio.charset.StandardCharsets.UTF_8) + "/json",
                Map.of()).path("Config").path("StopTimeout"));
        return own.isInt() ? own.asInt() : 10;
    }

    /** The engine waits up to the grace period (10 s unless given) before it kills: the deadline comes after. */
    private Duration afterGracePeriod(Integer timeoutSeconds) {
        return deadline.plusSeconds(timeoutSeconds == null || timeoutSeconds < 0 ? 10 : timeoutSeconds);
    }

    @Override
    public void restart(String container, Integer timeoutSeconds) {
        int timeout = stopTimeout(container, timeoutSeconds);
        call(client -> client.restartContainerCmd(container).withTimeout(timeout).exec(), afterGracePeriod(timeout),
                late -> { });
    }

    @Override
    public void removeContainer(String container, boolean force) {
        call(client -> client.removeContainerCmd(container).withForce(force).exec());
    }

    @Override
    public void removeImage(String image, boolean force) {
        call(client -> client.removeImageCmd(image).withForce(force).exec(), deadline.multipliedBy(SLOW), late -> { });
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
        }, deadline.multipliedBy(SLOW), late -> { });
    }

    @Override
    public void push(String repository, String tag) {
        stream(client -> {
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
        return stream(client -> TerminalAttach.attach(this, client, container, stdin, output));
    }

    @Override
    public Attachment exec(String container, List<String> command, InputStream stdin, OutputStream output) {
        return exec(ExecSpec.of(container, command), stdin, output);
    }

    @Override
    public void resize(String container, int columns, int rows) {
        call(client -> client.resizeContainerCmd(container).withSize(rows, columns).exec());
    }

    @Override
    public int waitFor(String container, Cancellation cancellation) {
        return stream(client -> Containers.waitFor(client, container, cancellation));
    }

    @Override
    public void logs(String container, boolean follow, Integer tail, Consumer<String> lines, Cancellation cancellation) {
        stream(client -> {
            Containers.logs(client, container, follow, tail, lines, cancellation, deadline);
            if (follow) {
                failIfEngineGone(cancellation);
            }
            return null;
        });
    }

    // run, inspect (shell)

    @Override
    public void startAttached(String container, Consumer<String> lines, Cancellation cancellation) {
        stream(client -> {
            AttachedRun.startAndStream(client, container, lines, cancellation);
            failIfEngineGone(cancellation);
            return null;
        });
    }

    @Override
    public int execAndStream(String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation) {
        return stream(client -> ExecRun.run(client, container, command, detach, lines, cancellation));
    }

    @Override
    public String inspect(String target, String type) {
        return call(client -> Inspections.inspect(client, target, type, false));
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

    /**
     * The engine's time now. Asking the engine (its info call) was most of an image check's time,
     * and an engine's clock does not drift from the machine's within seconds: the offset measured
     * once serves for {@link ClockOffset#FRESH}, and for the engine it was measured on. It is taken
     * against the machine's time before the call, so the estimate errs ahead by at most the call's
     * own duration: an events query up to it then waits those milliseconds, never misses an event.
     */
    @Override
    public Instant engineTime() {
        String engine = session.current().map(found -> found.endpoint().host().toString()).orElse("");
        ClockOffset known = clock;
        if (known != null && known.serves(engine)) {
            return Instant.now().plus(known.offset());
        }
        Instant before = Instant.now();
        Instant engineNow = call(EngineEvents::engineTime);
        clock = new ClockOffset(engine, Duration.between(before, engineNow), System.nanoTime());
        return engineNow;
    }

    /** How far the engine's clock is ahead of the machine's, measured on which engine and when. */
    private record ClockOffset(String engine, Duration offset, long measuredNanos) {
        static final Duration FRESH = Duration.ofSeconds(30);

        boolean serves(String current) {
            return engine.equals(current) && System.nanoTime() - measuredNanos < FRESH.toNanos();
        }
    }

    @Override
    public List<EngineEvent> events(Instant since, Instant until, Map<String, List<String>> filters) {
        boolean podman = session.current().flatMap(ProbeResult::info)
                .map(info -> info.product().startsWith("Podman")).orElse(false);
        return call(client -> EngineEvents.between(client, since, until, filters, podman));
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Cancellation cancellation) {
        subscribe(listener, () -> { }, cancellation);
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
        stream(client -> {
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
        return stream(client -> ImageArchive.save(client, references, sink));
    }

    @Override
    public void loadImages(InputStream tar) {
        stream(client -> {
            ImageArchive.load(client, tar);
            return null;
        });
    }

    // docker's commands beyond the course's first steps

    @Override
    public List<ContainerSummary> containers(ContainerQuery query) {
        return call(client -> Listings.containers(client, query));
    }

    @Override
    public List<ImageSummary> images(boolean all, Map<String, List<String>> filters) {
        return call(client -> Listings.images(client, all, filters));
    }

    @Override
    public String inspect(String target, String type, boolean size) {
        return call(client -> Inspections.inspect(client, target, type, size));
    }

    @Override
    public void kill(String container, String signal) {
        call(client -> {
            ContainerTools.kill(client, container, signal);
            return null;
        });
    }

    @Override
    public void rename(String container, String newName) {
        call(client -> client.renameContainerCmd(container).withName(newName).exec());
    }

    @Override
    public void pause(String container, boolean pause) {
        call(client -> {
            ContainerTools.pause(client, container, pause);
            return null;
        });
    }

    @Override
    public ProcessTable top(String container, List<String> psOptions) {
        return call(client -> ContainerTools.top(client, container, psOptions));
    }

    @Override
    public String stats(String container) {
        return call(client -> ContainerTools.stats(client, container));
    }

    @Override
    public List<String> changes(String container) {
        return call(client -> ContainerTools.changes(client, container));
    }

    @Override
    public String commit(CommitSpec spec) {
        return call(client -> ContainerTools.commit(client, spec), deadline.multipliedBy(SLOW), late -> { });
    }

    @Override
    public Optional<PathStat> stat(String container, String path) {
        return call(client -> ContainerTools.stat(client, container, path));
    }

    @Override
    public InputStream copyFrom(String container, String path) {
        return stream(client -> ContainerTools.copyFrom(client, container, path));
    }

    @Override
    public void copyTo(String container, String directory, InputStream tar, boolean keepOwners) {
        stream(client -> {
            ContainerTools.copyTo(client, container, directory, tar, keepOwners);
            return null;
        });
    }

    @Override
    public int execAndStream(ExecSpec spec, Consumer<String> lines, Cancellation cancellation) {
        return stream(client -> ExecRun.run(client, spec, lines, cancellation));
    }

    @Override
    public Attachment exec(ExecSpec spec, InputStream stdin, OutputStream output) {
        return stream(client -> TerminalAttach.exec(this, client, spec, stdin, output));
    }

    @Override
    public ForegroundEnd startForwardingInterrupt(String container, Consumer<String> lines, Cancellation cancellation,
            boolean forward, Duration grace) {
        return stream(client -> {
            ForegroundEnd end = ForegroundRun.startAndStream(client, container, lines, cancellation, forward, grace);
            if (!end.interrupted() && !end.stillRunning()) {
                failIfEngineGone(cancellation);
            }
            return end;
        });
    }

    @Override
    public void logs(LogQuery query, Consumer<String> lines, Cancellation cancellation) {
        stream(client -> {
            Containers.logs(client, query, lines, cancellation, deadline);
            if (query.follow()) {
                failIfEngineGone(cancellation);
            }
            return null;
        });
    }

    @Override
    public void removeContainer(String container, boolean force, boolean volumes) {
        call(client -> {
            ContainerTools.remove(client, container, force, volumes);
            return null;
        });
    }

    @Override
    public List<String> removeImageReporting(String image, boolean force, boolean noPrune) {
        return call(client -> ImageTools.remove(client, image, force, noPrune), deadline.multipliedBy(SLOW),
                late -> { });
    }

    @Override
    public PruneReport prune(String what, boolean all, Map<String, List<String>> filters) {
        Optional<String> api = session.current().flatMap(ProbeResult::info).map(EngineInfo::apiVersion);
        if (what.equals("volumes") && all && api.filter(Prunes::beforeVolumePruneAll).isPresent()) {
            // an engine before API 1.42 prunes named volumes anyway and refuses the filter: docker refuses -a there too
            throw new EngineException(EngineException.Fault.REFUSED, "engine.error.refused", null,
                    "\"--all\" requires API version 1.42, but the Docker daemon API version is " + api.get());
        }
        return call(client -> Prunes.prune(client, what, all, filters), deadline.multipliedBy(SLOW), late -> { });
    }

    @Override
    public String history(String image) {
        return call(client -> ImageTools.history(client, image));
    }

    @Override
    public String diskUsage() {
        return call(ImageTools::diskUsage);
    }

    @Override
    public List<String> loadImagesReporting(InputStream tar) {
        return stream(client -> ImageTools.load(client, tar));
    }

    @Override
    public void push(String repository, String tag, Optional<String> auth, Consumer<String> lines,
            Cancellation cancellation) {
        stream(client -> {
            ImageTools.push(client, repository, tag, auth, lines, cancellation);
            return null;
        });
    }

    @Override
    public String login(String server, String username, String password) {
        return call(client -> ImageTools.login(client, server, username, password));
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        return call(client -> NetworksAndVolumes.createNetwork(client, spec));
    }

    @Override
    public List<NetworkSummary> networks(Map<String, List<String>> filters) {
        return call(client -> NetworksAndVolumes.networks(client, filters));
    }

    @Override
    public void removeNetwork(String network) {
        call(client -> client.removeNetworkCmd(network).exec());
    }

    @Override
    public void connect(String network, String container, List<String> aliases, Optional<String> ip) {
        call(client -> {
            NetworksAndVolumes.connect(client, network, container, aliases, ip);
            return null;
        });
    }

    @Override
    public void disconnect(String network, String container, boolean force) {
        call(client -> client.disconnectFromNetworkCmd().withNetworkId(network).withContainerId(container)
                .withForce(force).exec());
    }

    @Override
    public String createVolume(Optional<String> name, Optional<String> driver, Map<String, String> labels,
            Map<String, String> options) {
        return call(client -> NetworksAndVolumes.createVolume(client, name, driver, labels, options));
    }

    @Override
    public List<VolumeSummary> volumes(Map<String, List<String>> filters) {
        return call(client -> NetworksAndVolumes.volumes(client, filters));
    }

    @Override
    public void removeVolume(String name, boolean force) {
        call(client -> RawApi.delete(client, "/volumes/" + RawApi.segment(name),
                RawApi.query("force", Boolean.toString(force))));
    }
}
