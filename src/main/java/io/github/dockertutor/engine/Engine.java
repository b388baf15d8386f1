package io.github.dockertutor.engine;

import java.io.InputStream;
import java.io.OutputStream;
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
}
