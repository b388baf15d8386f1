package io.github.dockertutor.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the tutor asks of a Docker engine, in the tutor's own terms. {@link DockerEngine} is the
 * real one, through docker-java; tests of the logic above it (checks, the step flow, the docker
 * handlers) may hand in an engine held in memory instead. Every failure comes out as an
 * {@link EngineException}.
 */
public interface Engine {
    /** The label every container and image the tutor creates carries: value is the lesson id. */
    String LESSON_LABEL = "dockertutor.lesson";
    /** On a shared engine, the learner's prefix (--prefix): cleanup removes only what carries its own. */
    String LEARNER_LABEL = "dockertutor.learner";

    /**
     * Whether the engine still answers a quick ping (after a stream ended, to tell why); when it
     * does not, the session forgets it, so the next call looks for the engine afresh.
     */
    boolean answers();

    PullResult pull(String repository, String tag, String platform, PullListener listener,
            Cancellation cancellation);

    BuildResult build(BuildSpec spec, BuildContext context, Consumer<String> output, Cancellation cancellation);

    /** Creates a container; fails with IMAGE_NOT_FOUND when the image is not local (the caller pulls). */
    String create(RunSpec spec);

    void start(String container);

    void stop(String container, Integer timeoutSeconds);

    void restart(String container, Integer timeoutSeconds);

    void removeContainer(String container, boolean force);

    void removeImage(String image, boolean force);

    /**
     * Removes the images no container uses: the dangling (untagged) ones, or with {@code all} every
     * one; only those with all of {@code labels} ({@code KEY} or {@code KEY=VALUE}) and, with
     * {@code until}, created before it. Answers the bytes freed.
     */
    long pruneImages(boolean all, List<String> labels, Optional<String> until);

    /** Sends an image (repository and tag as tagged on this engine) to the registry its name names. */
    void push(String repository, String tag);

    void tag(String source, String repository, String tag);

    /**
     * Attaches to a container created with a TTY and open stdin ({@code docker run -it},
     * {@code docker attach}): what is written into {@code stdin} reaches the container, what it
     * prints goes to {@code output}. When {@link Attachment#wasRunning()} is false, start the
     * container after this returns: attach first, then start, so the first prompt is not lost.
     * {@code stdin} must be a stream the caller feeds and closes (a pipe), never System.in.
     */
    Attachment attach(String container, InputStream stdin, OutputStream output);

    /**
     * Runs a command with a terminal in a running container ({@code docker exec -it}); the same
     * rules for {@code stdin} as {@link #attach}. Closing the attachment leaves the process running.
     */
    Attachment exec(String container, List<String> command, InputStream stdin, OutputStream output);

    /** Sets the size of a container's terminal, in character cells. */
    void resize(String container, int columns, int rows);

    int waitFor(String container, Cancellation cancellation);

    void logs(String container, boolean follow, Integer tail, Consumer<String> lines, Cancellation cancellation);

    /** Starts a created container with its output attached first, streaming until it ends or Ctrl-C. */
    void startAttached(String container, Consumer<String> lines, Cancellation cancellation);

    /** Runs a command in a running container without a terminal and streams its output; the exit code. */
    int execAndStream(String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation);

    /** The engine's JSON description of a container or image; type is "container", "image" or null for either. */
    String inspect(String target, String type);

    List<ImageSummary> images();

    List<ContainerSummary> containers(boolean all);

    /** The engine's own clock now; checks compare event times with it, never with ours. */
    Instant engineTime();

    /** Past events between two engine times; {@code filters} as the engine names them (type, event, image…). */
    List<EngineEvent> events(Instant since, Instant until, Map<String, List<String>> filters);

    /** Follows new events on a background thread until cancelled; the shell re-checks on each. */
    void subscribe(Consumer<EngineEvent> listener, Cancellation cancellation);

    /** As {@link #subscribe(Consumer, Cancellation)}; {@code onEnd} runs if the stream ends by itself. */
    void subscribe(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation);

    /** A container's state, or empty when there is no such container (a --rm container that ended). */
    Optional<ContainerState> containerState(String container);

    /** How a container was created ({@code -it}, mounts, environment) and how it is now; empty when there is none. */
    Optional<ContainerDetails> inspectContainer(String container);

    /**
     * The first {@code maxBytes} of a regular file inside a container, running or not (as
     * {@code docker cp} reads it); empty when there is no such file there.
     */
    Optional<byte[]> readFile(String container, String path, int maxBytes);

    /** The platform an image was built for, as {@code os/architecture} (linux/arm64), or empty when unknown. */
    Optional<String> imagePlatform(String reference);

    /** The engine's own platform ({@code linux/amd64}), as the probe that found it saw it; empty when unknown. */
    Optional<String> enginePlatform();

    /** The image a reference or id names, or empty when there is none. */
    Optional<ImageDetails> inspectImage(String reference);

    /** What a course pack records of a local image, or empty when the engine has none by that name or id. */
    Optional<ImageFacts> imageFacts(String reference);

    /** Writes the {@code docker save} of these images ({@code repository:tag} each) into {@code sink}; the bytes written. */
    long saveImages(List<String> references, OutputStream sink);

    /** Loads a {@code docker save} tar stream into the engine ({@code docker load}). */
    void loadImages(InputStream tar);

    // What docker's commands beyond the course's first steps need (network, volume, prune, cp, stats…).
    // The real engine has every one; an engine held in memory for unit tests need not, and then
    // refuses plainly, as an engine without the feature would.

    /** Containers as {@code docker ps} flags select them ({@code -a}, {@code -n}, {@code -s}, {@code --filter}). */
    default List<ContainerSummary> containers(ContainerQuery query) {
        if (query.filters().isEmpty() && query.limit() == 0 && !query.size()) {
            return containers(query.all());
        }
        throw notHere("ps --filter");
    }

    /** Images as {@code docker images} flags select them ({@code -a}, {@code --filter dangling=true}…). */
    default List<ImageSummary> images(boolean all, Map<String, List<String>> filters) {
        if (!all && filters.isEmpty()) {
            return images();
        }
        throw notHere("images --filter");
    }

    /**
     * The engine's own JSON for a container, image, network or volume, as {@code docker inspect}
     * prints it; {@code type} null looks for each kind in that order. {@code size} adds a container's sizes.
     */
    default String inspect(String target, String type, boolean size) {
        return inspect(target, type);
    }

    /** Sends a signal ({@code KILL}, {@code SIGHUP}, {@code 9}) to a running container. */
    default void kill(String container, String signal) {
        throw notHere("kill");
    }

    default void rename(String container, String newName) {
        throw notHere("rename");
    }

    /** Pauses ({@code pause} true) or unpauses every process of a container. */
    default void pause(String container, boolean pause) {
        throw notHere("pause");
    }

    /** {@code docker top}: the processes ps sees in the container, with ps's own options. */
    default ProcessTable top(String container, List<String> psOptions) {
        throw notHere("top");
    }

    /** One sample of a container's resource use, the engine's JSON (a {@code stats?stream=false}). */
    default String stats(String container) {
        throw notHere("stats");
    }

    /** {@code docker diff}: what changed in the container's files, as {@code A /path}, {@code C /path}, {@code D /path}. */
    default List<String> changes(String container) {
        throw notHere("diff");
    }

    /** {@code docker commit}: the new image's id. */
    default String commit(CommitSpec spec) {
        throw notHere("commit");
    }

    /** A path in a container, before copying to or from it; empty when there is none. */
    default Optional<PathStat> stat(String container, String path) {
        throw notHere("cp");
    }

    /** A path in a container as a tar stream ({@code docker cp CONTAINER:PATH …}); the caller closes it. */
    default InputStream copyFrom(String container, String path) {
        throw notHere("cp");
    }

    /**
     * Unpacks a tar stream into a folder of a container ({@code docker cp … CONTAINER:PATH});
     * {@code keepOwners} ({@code -a}) keeps the tar's user and group instead of the container's root.
     */
    default void copyTo(String container, String directory, InputStream tar, boolean keepOwners) {
        throw notHere("cp");
    }

    /** {@code docker exec} without a terminal, with its environment, folder and user; the exit code. */
    default int execAndStream(ExecSpec spec, Consumer<String> lines, Cancellation cancellation) {
        if (spec.plain()) {
            return execAndStream(spec.container(), spec.command(), spec.detach(), lines, cancellation);
        }
        throw notHere("exec -e/-w/-u");
    }

    /** {@code docker exec -it} with its environment, folder and user; the same rules as {@link #exec}. */
    default Attachment exec(ExecSpec spec, InputStream stdin, OutputStream output) {
        if (spec.plain()) {
            return exec(spec.container(), spec.command(), stdin, output);
        }
        throw notHere("exec -it -e/-w/-u");
    }

    /**
     * Starts a created container and streams its output as {@link #startAttached} does, but a
     * Ctrl-C (a cancel) is passed on to the container as SIGINT when {@code forward}, as docker's
     * CLI does, and watching goes on until it ends. If it is still running {@code grace} after
     * that, or on a second Ctrl-C, watching stops and the container is left running.
     */
    default ForegroundEnd startForwardingInterrupt(String container, Consumer<String> lines, Cancellation cancellation,
            boolean forward, Duration grace) {
        try {
            startAttached(container, lines, cancellation);
            return new ForegroundEnd(false, false);
        } catch (EngineException e) {
            if (e.fault() == EngineException.Fault.CANCELLED) {
                return new ForegroundEnd(false, true);
            }
            throw e;
        }
    }

    /** {@code docker logs} with timestamps and a time window. */
    default void logs(LogQuery query, Consumer<String> lines, Cancellation cancellation) {
        if (!query.timestamps() && query.since().isEmpty() && query.until().isEmpty()) {
            logs(query.container(), query.follow(), query.tail(), lines, cancellation);
            return;
        }
        throw notHere("logs -t/--since/--until");
    }

    /** {@code docker rm -v}: a container and its anonymous volumes. */
    default void removeContainer(String container, boolean force, boolean volumes) {
        if (!volumes) {
            removeContainer(container, force);
            return;
        }
        throw notHere("rm -v");
    }

    /** {@code docker rmi}: removes an image and answers docker's lines, {@code Untagged: …} and {@code Deleted: sha256:…}. */
    default List<String> removeImageReporting(String image, boolean force, boolean noPrune) {
        removeImage(image, force);
        return List.of("Untagged: " + image);
    }

    /**
     * Removes what nothing uses: {@code containers}, {@code images}, {@code networks}, {@code volumes}
     * or {@code build} (the build cache); {@code all} is image prune's and volume prune's -a.
     */
    default PruneReport prune(String what, boolean all, Map<String, List<String>> filters) {
        throw notHere(what + " prune");
    }

    /** {@code docker history}: the engine's JSON array, newest layer first. */
    default String history(String image) {
        throw notHere("history");
    }

    /** {@code docker system df}: the engine's JSON. */
    default String diskUsage() {
        throw notHere("system df");
    }

    /** {@code docker load}: the lines the engine answers ({@code Loaded image: busybox:latest}). */
    default List<String> loadImagesReporting(InputStream tar) {
        loadImages(tar);
        return List.of();
    }

    /**
     * {@code docker push} with docker's lines ({@code The push refers to repository […]},
     * {@code 1a2b: Pushed}, {@code latest: digest: sha256:… size: 527}); a login for the registry, if
     * the learner has one, as {@code user:password} base64 ({@code auth} of docker's config.json).
     */
    default void push(String repository, String tag, Optional<String> auth, Consumer<String> lines,
            Cancellation cancellation) {
        push(repository, tag);
    }

    /** Checks a login with the registry, through the engine as {@code docker login} does; the registry's answer. */
    default String login(String server, String username, String password) {
        throw notHere("login");
    }

    /** {@code docker network create}: the new network's id. */
    default String createNetwork(NetworkSpec spec) {
        throw notHere("network create");
    }

    default List<NetworkSummary> networks(Map<String, List<String>> filters) {
        throw notHere("network ls");
    }

    default void removeNetwork(String network) {
        throw notHere("network rm");
    }

    default void connect(String network, String container, List<String> aliases, Optional<String> ip) {
        throw notHere("network connect");
    }

    default void disconnect(String network, String container, boolean force) {
        throw notHere("network disconnect");
    }

    /** {@code docker volume create}: the volume's name (made up by the engine when none is given). */
    default String createVolume(Optional<String> name, Optional<String> driver, Map<String, String> labels,
            Map<String, String> options) {
        throw notHere("volume create");
    }

    default List<VolumeSummary> volumes(Map<String, List<String>> filters) {
        throw notHere("volume ls");
    }

    default void removeVolume(String name, boolean force) {
        throw notHere("volume rm");
    }

    private static EngineException notHere(String what) {
        return new EngineException(EngineException.Fault.REFUSED, "engine.error.refused", null,
                "this engine cannot " + what);
    }
}
