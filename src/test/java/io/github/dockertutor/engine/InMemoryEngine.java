package io.github.dockertutor.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.EngineException.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docker engine held in memory, for fast unit tests of the logic above {@link Engine}: the docker
 * handlers, the step flow, checks. It behaves like dockerd where the tutor relies on it, with
 * dockerd's own words in its refusals (the tutor matches some of them), and is deterministic: ids
 * and generated names come from a seeded random, and time is a fake engine clock that moves only
 * when something changes (or a test says so with {@link #advance}).
 *
 * <p>What it models:
 * <ul>
 * <li>Images: id ({@code sha256:} + 64 hex), tags compared the way docker compares references
 *     ({@link ImageReference#normalized}), created time, labels, exposed ports, CMD, ENTRYPOINT,
 *     WORKDIR, ENV, the files in the image (a map from path to text), platform, registry digests.</li>
 * <li>A remote registry ({@link #withRemote}) that {@link #pull} fetches from; an unknown repository
 *     is refused as Docker Hub refuses it (access denied), an unknown tag as "manifest unknown".</li>
 * <li>Containers: id, name (docker-style {@code adjective_name} when none is given), image as given
 *     and its id, command, created/running/exited, exit code, published ports, labels, tty, open
 *     stdin, env, binds, log lines. What a container's program does is scripted per image or per
 *     command with {@link #program} / {@link #commandProgram}; by default it keeps running.</li>
 * <li>dockerd's refusals: create of a missing image (IMAGE_NOT_FOUND), a taken name (NAME_IN_USE),
 *     a host port already published by a running container, or held by a program of the machine
 *     ({@link #occupyHostPort}), fails at start (PORT_IN_USE) leaving the container created; removing a
 *     running container without force, or an image a container uses, is REFUSED with dockerd's text.</li>
 * <li>stop (exit code 137 unless the program ends on SIGTERM, see {@link Run#onStop}), restart, wait,
 *     logs (with follow), {@code --rm}, tag, push (into the remote registry), image removal with
 *     dockerd's rules (untag first; a dangling image a container uses is kept), prune (dangling or
 *     all unused images, label and until filters).</li>
 * <li>build: interprets the Dockerfile (FROM, RUN as a no-op, COPY/ADD from the context, EXPOSE,
 *     CMD/ENTRYPOINT in exec or shell form, WORKDIR, ENV, ARG, LABEL, multi-stage COPY --from) with
 *     the classic builder's output and build cache; the image id is a hash of the base, the steps,
 *     the config and the files, so an unchanged rebuild keeps its id.</li>
 * <li>Events ({@code container create/start/kill/die/stop/destroy}, {@code image pull/tag/untag/delete/push})
 *     on the engine clock, for {@link #events} and for {@link #subscribe} listeners, which hear them
 *     on the thread that made the change, after it is done.</li>
 * <li>The engine going away ({@link #goAway}, {@link #comeBack}): every call then fails with
 *     ENGINE_GONE, following streams end so, and subscriptions end (their {@code onEnd} runs).</li>
 * </ul>
 *
 * <p>Not modelled: interactive attach and exec with a terminal, save and load (they throw
 * {@link UnsupportedOperationException}), networks, volumes as objects, RUN's effects on files,
 * the intermediate containers and images of a build, layers (an image's size is a number).
 */
public final class InMemoryEngine implements Engine {
    /** The PATH busybox and most images set. */
    public static final String DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTAINER_NAME = Pattern.compile("/?[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern GO_DURATION = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");
    private static final List<String> ADJECTIVES = List.of("admiring", "brave", "clever", "dreamy", "eager",
            "festive", "gallant", "happy", "jolly", "keen", "loving", "modest", "nifty", "optimistic", "peaceful",
            "quirky", "relaxed", "serene", "trusting", "vibrant", "wizardly", "youthful", "zealous");
    private static final List<String> SURNAMES = List.of("turing", "hopper", "lovelace", "curie", "noether",
            "ritchie", "thompson", "knuth", "dijkstra", "hamilton", "goldberg", "wozniak", "torvalds", "kare",
            "liskov", "shannon", "babbage", "wu", "yonath", "tesla");

    /** What a container's program does once started. */
    public static final class Run {
        private final boolean keepsRunning;
        private final int exitCode;
        private final List<String> lines;
        private final int stopCode;

        private Run(boolean keepsRunning, int exitCode, List<String> lines, int stopCode) {
            this.keepsRunning = keepsRunning;
            this.exitCode = exitCode;
            this.lines = List.copyOf(lines);
            this.stopCode = stopCode;
        }

        /** Prints these lines and ends at once with this exit code. */
        public static Run exits(int code, List<String> lines) {
            return new Run(false, code, lines, code);
        }

        public static Run exits(int code, String... lines) {
            return exits(code, List.of(lines));
        }

        /** A server: prints these lines and keeps running until stopped (then 137, as killed). */
        public static Run serves(String... lines) {
            return new Run(true, 0, List.of(lines), 137);
        }

        /** The exit code when {@code docker stop} asks it to end (SIGTERM): 0 or 143 for a program that handles it. */
        public Run onStop(int code) {
            return new Run(keepsRunning, exitCode, lines, code);
        }

        public boolean keepsRunning() {
            return keepsRunning;
        }
    }

    /** How an image looks: for {@link #withRemote} and {@link #withLocal}. */
    public static final class ImageConfig {
        private List<String> cmd = List.of("sh");
        private List<String> entrypoint = List.of();
        private final Map<String, String> labels = new TreeMap<>();
        private final List<String> exposed = new ArrayList<>();
        private final List<String> env = new ArrayList<>(List.of(DEFAULT_PATH));
        private String workdir = "";
        private final Map<String, String> files = new TreeMap<>();
        private long size = 4_261_550;
        private String platform = "linux/amd64";
        private Duration age = Duration.ofDays(30);

        public ImageConfig cmd(String... words) {
            cmd = List.of(words);
            return this;
        }

        public ImageConfig entrypoint(String... words) {
            entrypoint = List.of(words);
            return this;
        }

        public ImageConfig label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /** {@code 8080} or {@code 53/udp}. */
        public ImageConfig expose(String port) {
            exposed.add(port.contains("/") ? port : port + "/tcp");
            return this;
        }

        public ImageConfig env(String variable) {
            env.add(variable);
            return this;
        }

        public ImageConfig workdir(String dir) {
            workdir = dir;
            return this;
        }

        public ImageConfig file(String path, String content) {
            files.put(path, content);
            return this;
        }

        public ImageConfig size(long bytes) {
            size = bytes;
            return this;
        }

        /** {@code linux/arm64}: what {@link Engine#imagePlatform} answers; a mismatch makes programs fail with exec format error. */
        public ImageConfig platform(String osArch) {
            platform = osArch;
            return this;
        }

        /** How long before the engine clock's start the image was made. */
        public ImageConfig age(Duration before) {
            age = before;
            return this;
        }
    }

    private static final class Image {
        String id;
        final List<ImageReference> tags = new ArrayList<>();
        final List<String> repoDigests = new ArrayList<>();
        Instant created;
        Map<String, String> labels = new TreeMap<>();
        List<String> exposed = new ArrayList<>();
        List<String> cmd = List.of();
        List<String> entrypoint = List.of();
        String workdir = "";
        List<String> env = new ArrayList<>();
        Map<String, String> files = new TreeMap<>();
        List<String> history = new ArrayList<>();
        long size;
        String platform = "linux/amd64";
        String parentId = "";
        String digest = "";

        Image copy() {
            Image copy = new Image();
            copy.id = id;
            copy.created = created;
            copy.labels = new TreeMap<>(labels);
            copy.exposed = new ArrayList<>(exposed);
            copy.cmd = cmd;
            copy.entrypoint = entrypoint;
            copy.workdir = workdir;
            copy.env = new ArrayList<>(env);
            copy.files = new TreeMap<>(files);
            copy.history = new ArrayList<>(history);
            copy.size = size;
            copy.platform = platform;
            copy.parentId = parentId;
            copy.digest = digest;
            return copy;
        }

        List<String> repoTags() {
            return tags.stream().map(ImageReference::familiarName).toList();
        }
    }

    private static final class Container {
        String id;
        String name;
        String imageGiven;
        String imageId;
        List<String> argv;
        List<String> entrypoint;
        List<String> cmd;
        Instant created;
        Instant started;
        Instant finished;
        String state = "created";
        int exitCode;
        String error = "";
        List<PortMapping> requested = List.of();
        List<PortMapping> bound = List.of();
        Map<String, String> labels = Map.of();
        boolean tty;
        boolean openStdin;
        boolean autoRemove;
        List<String> env = List.of();
        List<String> volumes = List.of();
        String workdir = "";
        final List<String> logs = new CopyOnWriteArrayList<>();
        Run run;
        boolean removed;

        boolean running() {
            return state.equals("running");
        }
    }

    private record Subscription(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
    }

    private final Random random;
    private final Map<String, Image> images = new LinkedHashMap<>();
    private final Map<String, Image> remote = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Map<String, Function<List<String>, Run>> imagePrograms = new LinkedHashMap<>();
    private final Map<String, Function<List<String>, Run>> commandPrograms = new LinkedHashMap<>();
    private final Set<Integer> occupiedHostPorts = new HashSet<>();
    private final Set<String> buildCache = new HashSet<>();
    private final List<EngineEvent> history = new ArrayList<>();
    private final List<EngineEvent> pending = new ArrayList<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Instant start;
    private Instant now;
    private String enginePlatform = "linux/amd64";
    private volatile boolean gone;
    private int nextEphemeralPort = 32768;

    /** An engine whose clock starts now (to the second), so tables' "2 minutes ago" read as usual. */
    public InMemoryEngine() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** An engine whose clock starts at {@code start}. */
    public InMemoryEngine(Instant start) {
        this(start, 42);
    }

    public InMemoryEngine(Instant start, long seed) {
        this.start = start;
        this.now = start;
        this.random = new Random(seed);
    }

    // ---- set-up for tests ----

    /** An image the registry serves, with busybox's config (CMD sh). */
    public InMemoryEngine withRemote(String reference) {
        return withRemote(reference, config -> { });
    }

    public synchronized InMemoryEngine withRemote(String reference, Consumer<ImageConfig> customize) {
        ImageReference ref = reference(reference);
        ImageConfig config = new ImageConfig();
        customize.accept(config);
        Image image = fromConfig(ref, config);
        image.digest = "sha256:" + sha256(ref.fullName() + "\nmanifest\n" + image.id);
        remote.put(ref.fullName(), image);
        return this;
    }

    /** An image already on the engine (no event: it was there before the test). */
    public InMemoryEngine withLocal(String reference) {
        return withLocal(reference, config -> { });
    }

    public synchronized InMemoryEngine withLocal(String reference, Consumer<ImageConfig> customize) {
        ImageReference ref = reference(reference);
        ImageConfig config = new ImageConfig();
        customize.accept(config);
        Image image = fromConfig(ref, config);
        Image existing = images.get(image.id);
        if (existing == null) {
            images.put(image.id, image);
            existing = image;
        }
        moveTag(ref, existing);
        return this;
    }

    /** The engine's own platform, {@code linux/amd64} unless set. */
    public synchronized InMemoryEngine withPlatform(String osArch) {
        this.enginePlatform = osArch;
        return this;
    }

    /** What the programs of containers from this image (reference or id) do, given their command line. */
    public synchronized InMemoryEngine program(String image, Function<List<String>, Run> program) {
        imagePrograms.put(image, program);
        return this;
    }

    /**
     * What a program does by the name it is run as ({@code httpd}, {@code sh}, {@code echo}: the
     * first word of the container's command line, or of an exec's), whatever the image; it wins over
     * {@link #program}.
     */
    public synchronized InMemoryEngine commandProgram(String executable, Function<List<String>, Run> program) {
        commandPrograms.put(executable, program);
        return this;
    }

    /** A program of the machine (not a container) listens on this host port. */
    public synchronized InMemoryEngine occupyHostPort(int port) {
        occupiedHostPorts.add(port);
        return this;
    }

    /** A running container's program prints a line (for logs -f, log checks). */
    public void log(String container, String line) {
        change(() -> {
            container(container).logs.add(line);
            return null;
        });
    }

    /** A running container's program ends by itself with this code. */
    public void exit(String container, int code) {
        change(() -> {
            Container found = container(container);
            if (found.running()) {
                end(found, code, List.of());
            }
            return null;
        });
    }

    /** The engine stops: every call fails with ENGINE_GONE and subscriptions end, until {@link #comeBack}. */
    public void goAway() {
        gone = true;
        for (Subscription subscription : subscriptions) {
            subscriptions.remove(subscription);
            if (!subscription.cancellation().isCancelled()) {
                subscription.onEnd().run();
            }
        }
    }

    /** The engine runs again, with everything it had (as a restarted dockerd keeps its images and containers). */
    public void comeBack() {
        gone = false;
    }

    /** Moves the engine clock on, as time passing with nothing happening. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The engine clock, without moving it. */
    public synchronized Instant now() {
        return now;
    }

    /** When the engine clock started. */
    public Instant startedAt() {
        return start;
    }

    /** Every event so far, in order. */
    public synchronized List<EngineEvent> allEvents() {
        return List.copyOf(history);
    }

    /** The files in an image (path to text), as COPY put them there; empty when there is no such image. */
    public synchronized Map<String, String> files(String image) {
        return findImage(image).map(found -> Map.copyOf(found.files)).orElse(Map.of());
    }

    /** A container's environment, workdir, binds, tty and stdin flags, for tests of what run passed on. */
    public synchronized Map<String, Object> createdWith(String container) {
        Container found = container(container);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("env", List.copyOf(found.env));
        facts.put("workdir", found.workdir);
        facts.put("volumes", List.copyOf(found.volumes));
        facts.put("tty", found.tty);
        facts.put("openStdin", found.openStdin);
        facts.put("autoRemove", found.autoRemove);
        facts.put("argv", List.copyOf(found.argv));
        facts.put("imageId", found.imageId);
        return facts;
    }

    // ---- Engine ----

    @Override
    public boolean answers() {
        return !gone;
    }

    @Override
    public PullResult pull(String repository, String tag, String platform, PullListener listener,
            Cancellation cancellation) {
        return change(() -> {
            cancellation.throwIfCancelled();
            String text = tag.startsWith("sha256:") ? repository + "@" + tag : repository + ":" + tag;
            ImageReference ref = ImageReference.normalized(text).orElseThrow(() -> refused("invalid reference format"));
            Image local = pullInto(ref, listener);
            return new PullResult(ref.familiarName(), local.digest, local.id, local.size);
        });
    }

    /** Fetches from the remote registry, or fails as the registry would; emits the pull event. */
    private Image pullInto(ImageReference ref, PullListener listener) {
        Image template = remote.get(ref.fullName());
        if (template == null) {
            boolean repositoryKnown = remote.values().stream()
                    .anyMatch(image -> image.tags.stream().anyMatch(tag -> tag.sameRepository(ref)));
            if (!repositoryKnown) {
                throw new EngineException(Fault.ACCESS_DENIED, "engine.error.accessDenied", null,
                        "pull access denied for " + ref.familiarRepository()
                                + ", repository does not exist or may require 'docker login': denied: requested"
                                + " access to the resource is denied");
            }
            throw new EngineException(Fault.IMAGE_NOT_FOUND, "engine.error.imageNotFound", null,
                    "manifest for " + ref.familiarName() + " not found: manifest unknown: manifest unknown");
        }
        String tagWord = ref.tag().orElse(ref.digest().orElse("latest"));
        listener.onMessage(tagWord + ": Pulling from " + ref.path());
        Image existing = images.get(template.id);
        boolean upToDate = existing != null && existing.tags.contains(ref);
        if (existing == null) {
            String layer = DockerIds.shortId(sha256(template.id + "layer"));
            listener.onLayer(layer, "Pulling fs layer", 0, 0);
            listener.onLayer(layer, "Downloading", template.size / 2, template.size);
            listener.onLayer(layer, "Download complete", 0, 0);
            listener.onLayer(layer, "Extracting", template.size, template.size);
            listener.onLayer(layer, "Pull complete", 0, 0);
            existing = template.copy();
            images.put(existing.id, existing);
        }
        String digested = ref.familiarRepository() + "@" + template.digest;
        if (!existing.repoDigests.contains(digested)) {
            existing.repoDigests.add(digested);
        }
        moveTag(ref, existing);
        listener.onMessage("Digest: " + template.digest);
        listener.onMessage("Status: " + (upToDate ? "Image is up to date for " : "Downloaded newer image for ")
                + ref.familiarName());
        emit("image", "pull", ref.familiarName(), Map.of("name", ref.familiarName()));
        return existing;
    }

    @Override
    public String create(RunSpec spec) {
        return change(() -> {
            Image image = findImage(spec.image()).orElseThrow(() -> new EngineException(Fault.IMAGE_NOT_FOUND,
                    "engine.error.imageNotFound", null, "No such image: " + familiar(spec.image())));
            String id = randomHex();
            String name;
            if (spec.name().isPresent()) {
                name = spec.name().get().replaceFirst("^/", "");
                if (!CONTAINER_NAME.matcher(spec.name().get()).matches()) {
                    throw refused("Invalid container name (" + spec.name().get()
                            + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
                }
                Optional<Container> holder = containers.values().stream().filter(c -> c.name.equals(name)).findFirst();
                if (holder.isPresent()) {
                    throw new EngineException(Fault.NAME_IN_USE, "engine.error.nameInUse", null,
                            "Conflict. The container name \"/" + name + "\" is already in use by container \""
                                    + holder.get().id + "\". You have to remove (or rename) that container to be able"
                                    + " to reuse that name.");
                }
            } else {
                name = generatedName();
            }
            Container container = new Container();
            container.id = id;
            container.name = name;
            container.imageGiven = spec.image();
            container.imageId = image.id;
            container.entrypoint = spec.entrypoint()
                    .map(entrypoint -> entrypoint.isEmpty() ? List.<String>of() : List.of(entrypoint))
                    .orElse(image.entrypoint);
            container.cmd = !spec.command().isEmpty() ? List.copyOf(spec.command())
                    : spec.entrypoint().isPresent() ? List.of() : image.cmd;
            List<String> argv = new ArrayList<>(container.entrypoint);
            argv.addAll(container.cmd);
            if (argv.isEmpty()) {
                throw refused("No command specified");
            }
            container.argv = List.copyOf(argv);
            container.created = tick();
            container.requested = List.copyOf(spec.ports());
            container.labels = Map.copyOf(spec.labels());
            container.tty = spec.tty();
            container.openStdin = spec.stdinOpen();
            container.autoRemove = spec.autoRemove();
            Map<String, String> env = new LinkedHashMap<>();
            for (String variable : image.env) {
                env.put(variable.split("=", 2)[0], variable);
            }
            for (String variable : spec.env()) {
                env.put(variable.split("=", 2)[0], variable);
            }
            container.env = List.copyOf(env.values());
            container.volumes = List.copyOf(spec.volumes());
            container.workdir = spec.workdir().orElse(image.workdir);
            containers.put(id, container);
            emitContainer(container, "create", Map.of());
            return id;
        });
    }

    @Override
    public void start(String container) {
        change(() -> {
            startNow(container(container));
            return null;
        });
    }

    private void startNow(Container container) {
        if (container.running()) {
            return;
        }
        List<PortMapping> bound = new ArrayList<>();
        for (PortMapping wanted : container.requested) {
            int hostPort = wanted.hostPort() == 0 ? ephemeralPort() : wanted.hostPort();
            String ip = wanted.hostIp().isEmpty() ? "0.0.0.0" : wanted.hostIp();
            boolean taken = containers.values().stream().filter(c -> c != container && c.running())
                    .flatMap(c -> c.bound.stream())
                    .anyMatch(other -> other.hostPort() == hostPort && other.protocol().equals(wanted.protocol())
                            && overlaps(other.hostIp(), ip))
                    || bound.stream().anyMatch(other -> other.hostPort() == hostPort);
            if (taken) {
                container.error = "driver failed programming external connectivity on endpoint " + container.name
                        + " (" + randomHex() + "): Bind for " + ip + ":" + hostPort + " failed: port is already allocated";
                throw new EngineException(Fault.PORT_IN_USE, "engine.error.portInUse", null, container.error);
            }
            if (occupiedHostPorts.contains(hostPort)) {
                container.error = "driver failed programming external connectivity on endpoint " + container.name
                        + " (" + randomHex() + "): Error starting userland proxy: listen tcp4 " + ip + ":" + hostPort
                        + ": bind: address already in use";
                throw new EngineException(Fault.PORT_IN_USE, "engine.error.portInUse", null, container.error);
            }
            bound.add(new PortMapping(ip, hostPort, wanted.containerPort(), wanted.protocol()));
        }
        container.error = "";
        container.bound = List.copyOf(bound);
        container.state = "running";
        container.exitCode = 0;
        container.started = tick();
        container.finished = null;
        emitContainer(container, "start", Map.of());
        Run run = programFor(container);
        container.run = run;
        if (run.keepsRunning) {
            container.logs.addAll(run.lines);
        } else {
            end(container, run.exitCode, run.lines);
        }
    }

    private static boolean overlaps(String ip, String other) {
        return ip.equals(other) || ip.equals("0.0.0.0") || other.equals("0.0.0.0") || ip.isEmpty() || other.isEmpty();
    }

    private int ephemeralPort() {
        while (true) {
            int port = nextEphemeralPort++;
            boolean used = occupiedHostPorts.contains(port) || containers.values().stream()
                    .flatMap(c -> c.bound.stream()).anyMatch(p -> p.hostPort() == port);
            if (!used) {
                return port;
            }
        }
    }

    private Run programFor(Container container) {
        String executable = container.argv.get(0).replaceFirst(".*/", "");
        Function<List<String>, Run> byCommand = commandPrograms.get(executable);
        if (byCommand != null) {
            return byCommand.apply(container.argv);
        }
        for (Map.Entry<String, Function<List<String>, Run>> entry : imagePrograms.entrySet()) {
            Optional<Image> image = findImage(entry.getKey());
            boolean same = image.map(found -> found.id.equals(container.imageId)).orElse(false)
                    || ImageReference.same(entry.getKey(), container.imageGiven);
            if (same) {
                return entry.getValue().apply(container.argv);
            }
        }
        Image image = images.get(container.imageId);
        if (image != null && !image.platform.equals(enginePlatform)) {
            return Run.exits(1, "exec " + container.argv.get(0) + ": exec format error");
        }
        return Run.serves();
    }

    /** The program ended: exited with its code, ports released, removed if --rm. */
    private void end(Container container, int code, List<String> lines) {
        container.logs.addAll(lines);
        container.state = "exited";
        container.exitCode = code;
        container.finished = tick();
        container.bound = List.of();
        emitContainer(container, "die", Map.of("exitCode", Integer.toString(code)));
        if (container.autoRemove) {
            destroy(container);
        }
    }

    private void destroy(Container container) {
        containers.remove(container.id);
        container.removed = true;
        emitContainer(container, "destroy", Map.of());
    }

    @Override
    public void stop(String container, Integer timeoutSeconds) {
        change(() -> {
            Container found = container(container);
            if (found.running()) {
                stopNow(found);
            }
            return null;
        });
    }

    private void stopNow(Container container) {
        int code = container.run == null ? 137 : container.run.stopCode;
        emitContainer(container, "kill", Map.of("signal", "15"));
        if (code == 137) {
            emitContainer(container, "kill", Map.of("signal", "9"));
        }
        boolean autoRemove = container.autoRemove;
        container.autoRemove = false;
        end(container, code, List.of());
        emitContainer(container, "stop", Map.of());
        if (autoRemove) {
            destroy(container);
        }
    }

    @Override
    public void restart(String container, Integer timeoutSeconds) {
        change(() -> {
            Container found = container(container);
            if (found.running()) {
                stopNow(found);
            }
            if (!found.removed) {
                startNow(found);
            }
            return null;
        });
    }

    @Override
    public void removeContainer(String container, boolean force) {
        change(() -> {
            Container found = container(container);
            if (found.running()) {
                if (!force) {
                    throw refused("You cannot remove a running container " + found.id
                            + ". Stop the container before attempting removal or force remove");
                }
                emitContainer(found, "kill", Map.of("signal", "9"));
                found.autoRemove = false;
                end(found, 137, List.of());
            }
            destroy(found);
            return null;
        });
    }

    @Override
    public void removeImage(String image, boolean force) {
        change(() -> {
            removeImageNow(image, force);
            return null;
        });
    }

    private void removeImageNow(String text, boolean force) {
        Optional<ImageReference> ref = ImageReference.normalized(text);
        Optional<Image> byRef = ref.flatMap(r -> images.values().stream().filter(i -> i.tags.contains(r)).findFirst());
        if (byRef.isPresent()) {
            Image image = byRef.get();
            if (!force && image.tags.size() == 1) {
                Optional<Container> user = containers.values().stream().filter(c -> c.imageId.equals(image.id)).findFirst();
                if (user.isPresent()) {
                    throw refused("conflict: unable to remove repository reference \"" + text + "\" (must force) -"
                            + " container " + DockerIds.shortId(user.get().id) + " is using its referenced image "
                            + DockerIds.shortId(image.id));
                }
            }
            image.tags.remove(ref.get());
            emit("image", "untag", image.id, Map.of("name", image.id));
            if (image.tags.isEmpty() && !inUse(image) && !hasChildren(image)) {
                deleteImage(image);
            }
            return;
        }
        Image image = findImageById(text).orElseThrow(() -> new EngineException(Fault.IMAGE_NOT_FOUND,
                "engine.error.imageNotFound", null, "No such image: " + familiar(text)));
        if (image.tags.size() > 1 && !force) {
            throw refused("conflict: unable to delete " + DockerIds.shortId(image.id)
                    + " (must be forced) - image is referenced in multiple repositories");
        }
        Optional<Container> running = containers.values().stream()
                .filter(c -> c.imageId.equals(image.id) && c.running()).findFirst();
        if (running.isPresent()) {
            throw refused("conflict: unable to delete " + DockerIds.shortId(image.id)
                    + " (cannot be forced) - image is being used by running container "
                    + DockerIds.shortId(running.get().id));
        }
        if (hasChildren(image)) {
            throw refused("conflict: unable to delete " + DockerIds.shortId(image.id)
                    + " (cannot be forced) - image has dependent child images");
        }
        Optional<Container> stopped = containers.values().stream().filter(c -> c.imageId.equals(image.id)).findFirst();
        if (stopped.isPresent() && !force) {
            throw refused("conflict: unable to delete " + DockerIds.shortId(image.id)
                    + " (must be forced) - image is being used by stopped container " + DockerIds.shortId(stopped.get().id));
        }
        for (ImageReference tag : List.copyOf(image.tags)) {
            image.tags.remove(tag);
            emit("image", "untag", image.id, Map.of("name", image.id));
        }
        deleteImage(image);
    }

    private boolean inUse(Image image) {
        return containers.values().stream().anyMatch(c -> c.imageId.equals(image.id));
    }

    private boolean hasChildren(Image image) {
        return images.values().stream().anyMatch(other -> other != image && other.parentId.equals(image.id));
    }

    private void deleteImage(Image image) {
        images.remove(image.id);
        emit("image", "delete", image.id, Map.of("name", image.id));
    }

    @Override
    public long pruneImages(boolean all, List<String> labels, Optional<String> until) {
        return change(() -> {
            Optional<Instant> before = until.map(this::parseUntil);
            long reclaimed = 0;
            boolean removedOne = true;
            while (removedOne) {
                removedOne = false;
                for (Image image : List.copyOf(images.values())) {
                    boolean candidate = (all || image.tags.isEmpty()) && !inUse(image) && !hasChildren(image)
                            && labels.stream().allMatch(label -> hasLabel(image, label))
                            && before.map(time -> image.created.isBefore(time)).orElse(true);
                    if (candidate) {
                        for (ImageReference tag : List.copyOf(image.tags)) {
                            image.tags.remove(tag);
                            emit("image", "untag", image.id, Map.of("name", image.id));
                        }
                        deleteImage(image);
                        reclaimed += image.size;
                        removedOne = true;
                    }
                }
            }
            return reclaimed;
        });
    }

    private static boolean hasLabel(Image image, String label) {
        int equals = label.indexOf('=');
        if (equals < 0) {
            return image.labels.containsKey(label);
        }
        return label.substring(equals + 1).equals(image.labels.get(label.substring(0, equals)));
    }

    /** docker's until: a Go duration before now, a Unix timestamp, or an RFC 3339 date and time. */
    private Instant parseUntil(String text) {
        if (GO_DURATION.matcher(text).matches()) {
            Matcher part = GO_DURATION_PART.matcher(text);
            double nanos = 0;
            while (part.find()) {
                double value = Double.parseDouble(part.group(1));
                nanos += value * switch (part.group(2)) {
                    case "ns" -> 1;
                    case "us", "µs" -> 1e3;
                    case "ms" -> 1e6;
                    case "s" -> 1e9;
                    case "m" -> 60e9;
                    default -> 3600e9;
                };
            }
            return now.minusNanos((long) nanos);
        }
        if (text.matches("\\d+(\\.\\d+)?")) {
            String[] parts = text.split("\\.");
            long nanos = parts.length > 1 ? Long.parseLong((parts[1] + "000000000").substring(0, 9)) : 0;
            return Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: the forms below are UTC, as the engine reads them without TZ
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // a date alone?
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw refused("failed to parse value as time or duration: \"" + text + "\"");
        }
    }

    @Override
    public void push(String repository, String tag) {
        change(() -> {
            ImageReference ref = ImageReference.normalized(repository + ":" + tag)
                    .orElseThrow(() -> refused("invalid reference format"));
            Image image = images.values().stream().filter(i -> i.tags.contains(ref)).findFirst()
                    .orElseThrow(() -> new EngineException(Fault.IMAGE_NOT_FOUND, "engine.error.imageNotFound", null,
                            "An image does not exist locally with the tag: " + ref.familiarRepository()));
            Image copy = image.copy();
            copy.tags.add(ref);
            copy.digest = "sha256:" + sha256(ref.fullName() + "\nmanifest\n" + image.id);
            remote.put(ref.fullName(), copy);
            emit("image", "push", ref.familiarName(), Map.of("name", ref.familiarName()));
            return null;
        });
    }

    @Override
    public void tag(String source, String repository, String tag) {
        change(() -> {
            Image image = findImage(source).orElseThrow(() -> new EngineException(Fault.IMAGE_NOT_FOUND,
                    "engine.error.imageNotFound", null, "No such image: " + familiar(source)));
            ImageReference target = ImageReference.normalized(repository + ":" + tag)
                    .orElseThrow(() -> refused("invalid reference format"));
            moveTag(target, image);
            emit("image", "tag", image.id, Map.of("name", target.familiarName()));
            return null;
        });
    }

    /** A tag names one image: given to this one, it leaves the one that had it (which may become dangling). */
    private void moveTag(ImageReference tag, Image image) {
        for (Image other : images.values()) {
            if (other != image) {
                other.tags.remove(tag);
            }
        }
        if (!image.tags.contains(tag)) {
            image.tags.add(tag);
        }
    }

    @Override
    public Attachment attach(String container, InputStream stdin, OutputStream output) {
        throw new UnsupportedOperationException("InMemoryEngine has no terminals: attach (docker run -it, docker attach)"
                + " needs the real engine; test it in an IT");
    }

    @Override
    public Attachment exec(String container, List<String> command, InputStream stdin, OutputStream output) {
        throw new UnsupportedOperationException("InMemoryEngine has no terminals: exec -it needs the real engine;"
                + " test it in an IT (execAndStream works here)");
    }

    @Override
    public void resize(String container, int columns, int rows) {
        call(() -> container(container));
    }

    @Override
    public int waitFor(String container, Cancellation cancellation) {
        Container found = call(() -> container(container));
        while (true) {
            synchronized (this) {
                if (!found.running()) {
                    return found.exitCode;
                }
            }
            pause(cancellation);
        }
    }

    @Override
    public void logs(String container, boolean follow, Integer tail, Consumer<String> lines, Cancellation cancellation) {
        Container found = call(() -> container(container));
        follow(found, follow, tail, lines, cancellation);
    }

    /** The container's lines (the last {@code tail}), then with {@code follow} new ones until it ends. */
    private void follow(Container container, boolean follow, Integer tail, Consumer<String> lines,
            Cancellation cancellation) {
        int next = tail == null ? 0 : Math.max(0, container.logs.size() - tail);
        while (true) {
            boolean running;
            synchronized (this) {
                running = container.running();
            }
            while (next < container.logs.size()) {
                lines.accept(container.logs.get(next++));
            }
            if (!follow || !running) {
                cancellation.throwIfCancelled();
                return;
            }
            pause(cancellation);
        }
    }

    /** A short wait inside a following call; ends it on Ctrl-C (CANCELLED) or when the engine goes (ENGINE_GONE). */
    private void pause(Cancellation cancellation) {
        cancellation.throwIfCancelled();
        if (gone) {
            throw engineGone();
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Fault.CANCELLED, "engine.cancelled", e);
        }
    }

    @Override
    public void startAttached(String container, Consumer<String> lines, Cancellation cancellation) {
        Container found = change(() -> {
            Container target = container(container);
            startNow(target);
            return target;
        });
        follow(found, true, null, lines, cancellation);
    }

    @Override
    public int execAndStream(String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation) {
        Run run = call(() -> {
            Container found = container(container);
            if (!found.running()) {
                throw refused("Container " + found.id + " is not running");
            }
            Function<List<String>, Run> program = command.isEmpty() ? null
                    : commandPrograms.get(command.get(0).replaceFirst(".*/", ""));
            return program == null ? Run.exits(0) : program.apply(List.copyOf(command));
        });
        if (detach) {
            return 0;
        }
        run.lines.forEach(lines);
        if (run.keepsRunning) {
            while (true) {
                pause(cancellation);
            }
        }
        return run.exitCode;
    }

    @Override
    public String inspect(String target, String type) {
        return call(() -> {
            if (type == null || type.equals("container")) {
                Optional<Container> container = findContainer(target);
                if (container.isPresent()) {
                    return json(containerJson(container.get()));
                }
                if (type != null) {
                    throw noSuchContainer(target);
                }
            }
            Image image = findImage(target).orElseThrow(() -> new EngineException(Fault.IMAGE_NOT_FOUND,
                    "engine.error.imageNotFound", null, "No such image: " + familiar(target)));
            return json(imageJson(image));
        });
    }

    @Override
    public List<ImageSummary> images() {
        return call(() -> images.values().stream()
                .sorted(Comparator.comparing((Image image) -> image.created).reversed())
                .map(image -> new ImageSummary(image.id, image.repoTags(), image.created.getEpochSecond(), image.size,
                        Map.copyOf(image.labels)))
                .toList());
    }

    @Override
    public List<ContainerSummary> containers(boolean all) {
        return call(() -> containers.values().stream()
                .filter(container -> all || container.running())
                .sorted(Comparator.comparing((Container container) -> container.created).reversed())
                .map(this::summary)
                .toList());
    }

    private ContainerSummary summary(Container container) {
        Image image = images.get(container.imageId);
        boolean stillNamed = image != null && findImage(container.imageGiven).map(i -> i == image).orElse(false);
        String shownImage = stillNamed || container.imageGiven.equals(container.imageId) ? container.imageGiven
                : container.imageId;
        return new ContainerSummary(container.id, container.name, shownImage, String.join(" ", container.argv),
                container.created.getEpochSecond(), container.state, status(container), container.bound,
                container.labels);
    }

    private String status(Container container) {
        return switch (container.state) {
            case "running" -> "Up " + humanDuration(Duration.between(container.started, now));
            case "exited" -> "Exited (" + container.exitCode + ") " + humanDuration(Duration.between(container.finished, now))
                    + " ago";
            default -> "Created";
        };
    }

    /** go-units' HumanDuration, which docker ps uses. */
    static String humanDuration(Duration duration) {
        long seconds = duration.getSeconds();
        long minutes = duration.toMinutes();
        long hours = duration.toHours();
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        } else if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        } else if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return hours / 24 / 365 + " years";
    }

    @Override
    public Instant engineTime() {
        return call(this::tickRead);
    }

    @Override
    public List<EngineEvent> events(Instant since, Instant until, Map<String, List<String>> filters) {
        return call(() -> {
            long from = nanos(since);
            long to = nanos(until);
            List<EngineEvent> found = new ArrayList<>();
            for (EngineEvent event : history) {
                if (event.timeNano() >= from && event.timeNano() <= to && matches(event, filters)) {
                    found.add(event);
                }
            }
            return found;
        });
    }

    private static boolean matches(EngineEvent event, Map<String, List<String>> filters) {
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            List<String> values = filter.getValue();
            boolean any = switch (filter.getKey()) {
                case "type" -> values.contains(event.type());
                case "event" -> values.contains(event.action());
                case "image" -> values.stream().anyMatch(value -> ImageReference.same(value, event.name())
                        || ImageReference.same(value, event.attributes().getOrDefault("image", ""))
                        || event.actorId().equals(value));
                case "container" -> event.type().equals("container") && values.stream()
                        .anyMatch(value -> event.actorId().startsWith(value) || event.name().equals(value));
                case "label" -> values.stream().anyMatch(value -> {
                    int equals = value.indexOf('=');
                    return equals < 0 ? event.attributes().containsKey(value)
                            : value.substring(equals + 1).equals(event.attributes().get(value.substring(0, equals)));
                });
                default -> throw new IllegalArgumentException("unknown event filter " + filter.getKey());
            };
            if (!any) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Cancellation cancellation) {
        subscribe(listener, () -> { }, cancellation);
    }

    @Override
    public void subscribe(Consumer<EngineEvent> listener, Runnable onEnd, Cancellation cancellation) {
        call(() -> {
            Subscription subscription = new Subscription(listener, onEnd, cancellation);
            subscriptions.add(subscription);
            cancellation.attach(() -> subscriptions.remove(subscription));
            return null;
        });
    }

    @Override
    public Optional<ContainerDetails> inspectContainer(String target) {
        return call(() -> findContainer(target).map(c -> {
            List<ContainerDetails.Mount> mounts = new ArrayList<>();
            for (String volume : c.volumes) {
                String[] parts = volume.split(":");
                if (parts.length >= 2) {
                    boolean bind = parts[0].startsWith("/") || parts[0].startsWith(".");
                    mounts.add(new ContainerDetails.Mount(bind ? "bind" : "volume", parts[0], parts[1],
                            !(parts.length > 2 && parts[2].contains("ro"))));
                }
            }
            return new ContainerDetails(c.id, c.name, c.imageGiven, c.imageId, c.state, c.exitCode, c.tty,
                    c.openStdin, mounts, c.env, c.bound, c.labels, c.argv, c.workdir);
        }));
    }

    /** The files of the container's image, as COPY put them there; what the container wrote is not kept. */
    @Override
    public Optional<byte[]> readFile(String target, String path, int maxBytes) {
        return call(() -> findContainer(target).flatMap(c -> Optional.ofNullable(images.get(c.imageId)))
                .flatMap(image -> Optional.ofNullable(image.files.get(path)))
                .map(text -> {
                    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, maxBytes));
                }));
    }

    @Override
    public Optional<ContainerState> containerState(String container) {
        return call(() -> findContainer(container)
                .map(found -> new ContainerState(found.state, found.exitCode, found.error)));
    }

    @Override
    public Optional<String> imagePlatform(String reference) {
        return call(() -> findImage(reference).map(image -> image.platform));
    }

    @Override
    public Optional<String> enginePlatform() {
        return gone ? Optional.empty() : Optional.of(enginePlatform);
    }

    @Override
    public Optional<ImageDetails> inspectImage(String reference) {
        return call(() -> findImage(reference).map(image -> new ImageDetails(image.id, image.repoTags(),
                image.created.toString(), image.labels, image.exposed, image.cmd, image.entrypoint, image.workdir)));
    }

    @Override
    public Optional<ImageFacts> imageFacts(String reference) {
        return call(() -> findImage(reference).map(image -> new ImageFacts(image.id, image.repoTags(),
                image.repoDigests, image.size, image.platform.split("/")[0], image.platform.split("/")[1])));
    }

    @Override
    public long saveImages(List<String> references, OutputStream sink) {
        throw new UnsupportedOperationException("InMemoryEngine keeps no layers: docker save needs the real engine");
    }

    @Override
    public void loadImages(InputStream tar) {
        throw new UnsupportedOperationException("InMemoryEngine keeps no layers: docker load needs the real engine");
    }

    // ---- build ----

    /** The state of one build stage while its Dockerfile is read. */
    private static final class Stage {
        Image image;
        final List<String> keyChain = new ArrayList<>();
        String key;
        String baseId;
    }

    @Override
    public BuildResult build(BuildSpec spec, BuildContext context, Consumer<String> output, Cancellation cancellation) {
        return change(() -> buildNow(spec, context, output, cancellation));
    }

    private BuildResult buildNow(BuildSpec spec, BuildContext context, Consumer<String> output,
            Cancellation cancellation) {
        cancellation.throwIfCancelled();
        Path dockerfile = spec.context().resolve(spec.dockerfile());
        List<String[]> instructions;
        try {
            instructions = instructions(Files.readString(dockerfile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw buildFailed("Cannot locate specified Dockerfile: " + spec.dockerfile());
        }
        if (instructions.isEmpty()) {
            throw buildFailed("the Dockerfile (" + spec.dockerfile() + ") cannot be empty");
        }
        if (!spec.labels().isEmpty()) {
            StringBuilder line = new StringBuilder();
            new TreeMap<>(spec.labels()).forEach((key, value) -> line.append(line.length() == 0 ? "" : " ")
                    .append('"').append(key).append("\"='").append(value).append('\''));
            instructions.add(new String[] {"LABEL", line.toString(), "LABEL " + line, "0"});
        }
        Set<String> contextFiles = new HashSet<>(context.paths());
        Map<String, String> globalArgs = new LinkedHashMap<>();
        Map<String, String> args = new LinkedHashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        Stage stage = null;
        int steps = 0;
        int cached = 0;
        int total = instructions.size();
        for (String[] instruction : instructions) {
            cancellation.throwIfCancelled();
            steps++;
            String word = instruction[0];
            String rest = instruction[1];
            output.accept("Step " + steps + "/" + total + " : " + instruction[2]);
            if (word.equals("ARG") && stage == null) {
                declareArg(rest, spec, globalArgs, Map.of());
                continue;
            }
            if (word.equals("FROM")) {
                // an ARG before the first FROM is seen by FROM lines only, until a stage declares it again
                args.clear();
                String[] parts = substitute(rest, globalArgs, Map.of()).trim().split("\\s+");
                stage = from(parts[0], stages, output);
                if (parts.length >= 3 && parts[1].equalsIgnoreCase("AS")) {
                    stages.put(parts[2].toLowerCase(Locale.ROOT), stage);
                }
                stages.put(Integer.toString(stages.size()), stage);
                output.accept(" ---> " + DockerIds.shortId(stage.baseId));
                continue;
            }
            if (stage == null) {
                throw buildFailed("Please provide a source image with `from` prior to commit");
            }
            Image image = stage.image;
            Map<String, String> env = envMap(image.env);
            String expanded = substitute(rest, args, env);
            String contentKey = "";
            switch (word) {
                case "RUN" -> { }
                case "COPY", "ADD" -> contentKey = copy(expanded, spec.context(), contextFiles, stages, image);
                case "EXPOSE" -> {
                    for (String port : expanded.trim().split("\\s+")) {
                        String full = port.contains("/") ? port.toLowerCase(Locale.ROOT) : port + "/tcp";
                        if (!image.exposed.contains(full)) {
                            image.exposed.add(full);
                        }
                    }
                }
                case "CMD" -> image.cmd = commandForm(rest);
                case "ENTRYPOINT" -> {
                    image.entrypoint = commandForm(rest);
                    image.cmd = List.of();
                }
                case "WORKDIR" -> image.workdir = absolute(expanded.trim(), image.workdir);
                case "ENV" -> {
                    for (Map.Entry<String, String> pair : pairs(expanded, true).entrySet()) {
                        env.put(pair.getKey(), pair.getKey() + "=" + pair.getValue());
                    }
                    image.env = new ArrayList<>(env.values());
                }
                case "LABEL" -> image.labels.putAll(pairs(expanded, false));
                case "ARG" -> declareArg(rest, spec, args, globalArgs);
                case "USER", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD", "MAINTAINER" -> { }
                default -> throw buildFailed("dockerfile parse error line " + instruction[3] + ": unknown instruction: "
                        + word);
            }
            image.history.add(instruction[2]);
            stage.key = sha256(stage.key + "\n" + instruction[2] + "\n" + contentKey);
            boolean hit = !spec.noCache() && buildCache.contains(stage.key);
            if (hit) {
                cached++;
                output.accept(" ---> Using cache");
            } else if (word.equals("RUN")) {
                String container = DockerIds.shortId(randomHex());
                output.accept(" ---> Running in " + container);
                output.accept("Removing intermediate container " + container);
            }
            stage.keyChain.add(stage.key);
            buildCache.add(stage.key);
            if (steps < total) {
                output.accept(" ---> " + DockerIds.shortId(sha256(stage.key)));
            }
        }
        if (stage == null) {
            throw buildFailed("Please provide a source image with `from` prior to commit");
        }
        Image built = stage.image;
        built.parentId = stage.baseId;
        built.id = "sha256:" + sha256(imageContent(built) + (spec.noCache() ? "\n" + tickRead() : ""));
        built.created = tick();
        built.tags.clear();
        built.repoDigests.clear();
        built.digest = "";
        buildCache.addAll(stage.keyChain);
        Image existing = images.get(built.id);
        Image result = existing != null ? existing : built;
        if (existing == null) {
            images.put(built.id, built);
        }
        output.accept(" ---> " + DockerIds.shortId(result.id));
        output.accept("Successfully built " + DockerIds.shortId(result.id));
        List<String> tags = new ArrayList<>();
        for (String tag : spec.tags()) {
            ImageReference ref = reference(tag);
            moveTag(ref, result);
            emit("image", "tag", result.id, Map.of("name", ref.familiarName()));
            output.accept("Successfully tagged " + ref.familiarName());
            tags.add(tag);
        }
        return new BuildResult(result.id, tags, steps, cached);
    }

    private Stage from(String base, Map<String, Stage> stages, Consumer<String> output) {
        Stage stage = new Stage();
        Stage earlier = stages.get(base.toLowerCase(Locale.ROOT));
        Image parent;
        if (base.equals("scratch")) {
            parent = new Image();
            parent.id = "";
            parent.env = new ArrayList<>();
        } else if (earlier != null) {
            parent = earlier.image;
        } else {
            ImageReference ref = ImageReference.normalized(base)
                    .orElseThrow(() -> buildFailed("invalid reference format: repository name must be lowercase"));
            Optional<Image> local = images.values().stream().filter(image -> image.tags.contains(ref)).findFirst();
            if (local.isEmpty()) {
                try {
                    local = Optional.of(pullInto(ref, new PullListener() {
                        @Override
                        public void onLayer(String layerId, String status, long current, long total) {
                            if (status.endsWith("complete")) {
                                output.accept(layerId + ": " + status);
                            }
                        }

                        @Override
                        public void onMessage(String message) {
                            output.accept(message);
                        }
                    }));
                } catch (EngineException e) {
                    throw buildFailed(String.valueOf(e.args()[e.args().length - 1]));
                }
            }
            parent = local.get();
        }
        stage.image = parent.copy();
        stage.image.tags.clear();
        stage.baseId = parent.id;
        stage.key = parent.id;
        return stage;
    }

    private static void declareArg(String rest, BuildSpec spec, Map<String, String> args,
            Map<String, String> global) {
        String text = rest.trim();
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        String fallback = equals < 0 ? global.get(name) : unquote(text.substring(equals + 1));
        String value = spec.buildArgs().getOrDefault(name, fallback);
        if (value != null) {
            args.put(name, value);
        }
    }

    /** COPY/ADD [--from=stage] [--chown=…] SRC… DEST; answers what the files were, for the build cache. */
    private String copy(String arguments, Path contextDir, Set<String> contextFiles, Map<String, Stage> stages,
            Image image) {
        List<String> words = arguments.trim().startsWith("[") ? jsonArray(arguments)
                .orElseThrow(() -> buildFailed("COPY: the JSON form must be an array of strings")) : splitWords(arguments);
        Optional<Stage> fromStage = Optional.empty();
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
            String flag = words.remove(0);
            if (flag.startsWith("--from=")) {
                String name = flag.substring("--from=".length()).toLowerCase(Locale.ROOT);
                fromStage = Optional.ofNullable(stages.get(name));
                if (fromStage.isEmpty()) {
                    throw buildFailed("COPY --from: no stage or image named " + name + " in this build");
                }
            }
        }
        if (words.size() < 2) {
            throw buildFailed("COPY requires at least two arguments, but only one was provided. Destination could"
                    + " not be determined.");
        }
        String dest = words.get(words.size() - 1);
        List<String> sources = words.subList(0, words.size() - 1);
        boolean destIsDir = dest.endsWith("/") || sources.size() > 1;
        String destPath = absolute(dest, image.workdir);
        StringBuilder key = new StringBuilder();
        for (String source : sources) {
            Map<String, String> found = fromStage.isPresent()
                    ? fromImage(fromStage.get().image, source)
                    : fromContext(source, contextDir, contextFiles);
            if (found.isEmpty()) {
                throw buildFailed("COPY failed: file not found in build context or excluded by .dockerignore: stat "
                        + source + ": file does not exist");
            }
            boolean single = found.size() == 1 && found.containsKey("");
            for (Map.Entry<String, String> file : found.entrySet()) {
                String target;
                if (single) {
                    String baseName = source.replaceAll("/+$", "").replaceFirst(".*/", "");
                    target = destIsDir ? join(destPath, baseName) : destPath;
                } else {
                    target = join(destPath, file.getKey());
                }
                image.files.put(target, file.getValue());
                image.size += file.getValue().length();
                key.append(target).append('=').append(sha256(file.getValue())).append('\n');
            }
        }
        return key.toString();
    }

    /** A context file ("" → its text), or a folder's or a pattern's files (path below it → text). */
    private static Map<String, String> fromContext(String source, Path contextDir, Set<String> contextFiles) {
        String clean = source.replaceFirst("^(\\./|/)+", "").replaceAll("/+$", "");
        Map<String, String> found = new TreeMap<>();
        if (clean.isEmpty() || clean.equals(".")) {
            for (String path : contextFiles) {
                readIfFile(contextDir, path).ifPresent(text -> found.put(path, text));
            }
            return found;
        }
        if (clean.contains("*") || clean.contains("?") || clean.contains("[")) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean);
            for (String path : contextFiles) {
                if (matcher.matches(Path.of(path))) {
                    readIfFile(contextDir, path).ifPresent(text -> found.put(path.replaceFirst(".*/", ""), text));
                }
            }
            return found;
        }
        if (!contextFiles.contains(clean)) {
            return found;
        }
        Optional<String> single = readIfFile(contextDir, clean);
        if (single.isPresent()) {
            found.put("", single.get());
            return found;
        }
        for (String path : contextFiles) {
            if (path.startsWith(clean + "/")) {
                readIfFile(contextDir, path).ifPresent(text -> found.put(path.substring(clean.length() + 1), text));
            }
        }
        return found;
    }

    private static Map<String, String> fromImage(Image image, String source) {
        String path = absolute(source, "/").replaceAll("/+$", "");
        Map<String, String> found = new TreeMap<>();
        if (image.files.containsKey(path)) {
            found.put("", image.files.get(path));
            return found;
        }
        image.files.forEach((file, text) -> {
            if (file.startsWith(path + "/")) {
                found.put(file.substring(path.length() + 1), text);
            }
        });
        return found;
    }

    private static Optional<String> readIfFile(Path contextDir, String path) {
        Path file = contextDir.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            try {
                return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    /** Exec form (a JSON array) as it is; shell form run by /bin/sh -c. */
    private static List<String> commandForm(String rest) {
        String text = rest.trim();
        if (text.startsWith("[")) {
            Optional<List<String>> array = jsonArray(text);
            if (array.isPresent()) {
                return List.copyOf(array.get());
            }
        }
        return List.of("/bin/sh", "-c", text);
    }

    private static Optional<List<String>> jsonArray(String text) {
        try {
            JsonNode node = JSON.readTree(text.trim());
            if (!node.isArray()) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    return Optional.empty();
                }
                words.add(element.asText());
            }
            return Optional.of(words);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The Dockerfile's instructions: {word, arguments, the line as shown, line number}; continuations joined. */
    private static List<String[]> instructions(String text) {
        List<String[]> instructions = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder current = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (current.length() > 0 && trimmed.startsWith("#")) {
                continue;
            }
            if (current.length() == 0) {
                startLine = i + 1;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            addInstruction(instructions, current.toString().trim(), startLine);
            current.setLength(0);
        }
        if (current.length() > 0) {
            addInstruction(instructions, current.toString().trim(), startLine);
        }
        return instructions;
    }

    private static void addInstruction(List<String[]> instructions, String line, int number) {
        if (line.isEmpty()) {
            return;
        }
        String[] parts = line.split("\\s+", 2);
        String word = parts[0].toUpperCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        instructions.add(new String[] {word, rest, word + (rest.isEmpty() ? "" : " " + rest), Integer.toString(number)});
    }

    /** $VAR and ${VAR} from ARG and ENV, as the builder expands them outside RUN, CMD and ENTRYPOINT. */
    private static String substitute(String text, Map<String, String> args, Map<String, String> env) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = env.containsKey(name) ? env.get(name).split("=", 2)[1] : args.getOrDefault(name, "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> envMap(List<String> env) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String variable : env) {
            map.put(variable.split("=", 2)[0], variable);
        }
        return map;
    }

    /** {@code K=V K2="v 2"}; for ENV also the old {@code K value with spaces}. */
    private static Map<String, String> pairs(String text, boolean oldForm) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> words = splitWords(text);
        if (oldForm && !words.isEmpty() && !words.get(0).contains("=")) {
            String trimmed = text.trim();
            int space = trimmed.indexOf(' ');
            pairs.put(space < 0 ? trimmed : trimmed.substring(0, space), space < 0 ? "" : trimmed.substring(space + 1).trim());
            return pairs;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            pairs.put(equals < 0 ? word : word.substring(0, equals), equals < 0 ? "" : word.substring(equals + 1));
        }
        return pairs;
    }

    /** Words split at spaces, with "…" and '…' quoting (quotes removed). */
    private static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquote(String text) {
        List<String> words = splitWords(text);
        return words.isEmpty() ? "" : words.get(0);
    }

    private static String absolute(String path, String workdir) {
        String base = workdir == null || workdir.isEmpty() ? "/" : workdir;
        String joined = path.startsWith("/") ? path : join(base, path);
        Path normal = Path.of(joined).normalize();
        String text = normal.toString().replace('\\', '/');
        return text.isEmpty() ? "/" : text;
    }

    private static String join(String dir, String name) {
        return (dir.endsWith("/") ? dir : dir + "/") + name;
    }

    private static String imageContent(Image image) {
        StringBuilder content = new StringBuilder();
        content.append("parent ").append(image.parentId).append('\n');
        image.history.forEach(step -> content.append("step ").append(step).append('\n'));
        content.append("cmd ").append(image.cmd).append('\n');
        content.append("entrypoint ").append(image.entrypoint).append('\n');
        content.append("env ").append(image.env).append('\n');
        content.append("workdir ").append(image.workdir).append('\n');
        content.append("exposed ").append(new java.util.TreeSet<>(image.exposed)).append('\n');
        content.append("labels ").append(new TreeMap<>(image.labels)).append('\n');
        new TreeMap<>(image.files).forEach((path, text) -> content.append("file ").append(path).append(' ')
                .append(sha256(text)).append('\n'));
        return content.toString();
    }

    private static EngineException buildFailed(String engineText) {
        return new EngineException(Fault.REFUSED, "engine.error.buildFailed", null, engineText);
    }

    // ---- lookups ----

    private Container container(String text) {
        return findContainer(text).orElseThrow(() -> noSuchContainer(text));
    }

    private static EngineException noSuchContainer(String text) {
        return new EngineException(Fault.NOT_FOUND, "engine.error.notFound", null, "No such container: " + text);
    }

    private Optional<Container> findContainer(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Container exact = containers.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        String name = text.replaceFirst("^/", "");
        Optional<Container> named = containers.values().stream().filter(c -> c.name.equals(name)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        List<Container> byPrefix = containers.values().stream().filter(c -> c.id.startsWith(text)).toList();
        return byPrefix.size() == 1 ? Optional.of(byPrefix.get(0)) : Optional.empty();
    }

    /** As the engine resolves an image: a reference (docker's rules), then an id or a unique id prefix. */
    private Optional<Image> findImage(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.startsWith("sha256:")) {
            Optional<ImageReference> ref = ImageReference.normalized(text);
            if (ref.isPresent()) {
                Optional<Image> tagged = images.values().stream().filter(i -> i.tags.contains(ref.get())).findFirst();
                if (tagged.isPresent()) {
                    return tagged;
                }
            }
        }
        return findImageById(text);
    }

    private Optional<Image> findImageById(String text) {
        String hex = text.startsWith("sha256:") ? text.substring("sha256:".length()) : text;
        if (!hex.matches("[0-9a-f]{1,64}")) {
            return Optional.empty();
        }
        List<Image> matching = images.values().stream().filter(i -> i.id.substring(7).startsWith(hex)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static ImageReference reference(String text) {
        return ImageReference.normalized(text).orElseThrow(() -> new IllegalArgumentException("not an image reference: " + text));
    }

    /** The name as dockerd words it in "No such image": with its tag. */
    private static String familiar(String text) {
        return ImageReference.normalized(text).map(ImageReference::familiarName).orElse(text);
    }

    private Image fromConfig(ImageReference ref, ImageConfig config) {
        Image image = new Image();
        image.created = start.minus(config.age);
        image.cmd = List.copyOf(config.cmd);
        image.entrypoint = List.copyOf(config.entrypoint);
        image.labels = new TreeMap<>(config.labels);
        image.exposed = new ArrayList<>(config.exposed);
        image.env = new ArrayList<>(config.env);
        image.workdir = config.workdir;
        image.files = new TreeMap<>(config.files);
        image.size = config.size;
        image.platform = config.platform;
        image.history.add("imported " + ref.fullName());
        image.id = "sha256:" + sha256(imageContent(image) + "platform " + image.platform + "\nsize " + image.size);
        image.tags.add(ref);
        return image;
    }

    private String generatedName() {
        while (true) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "_"
                    + SURNAMES.get(random.nextInt(SURNAMES.size()));
            if (containers.values().stream().noneMatch(c -> c.name.equals(name))) {
                return name;
            }
        }
    }

    private String randomHex() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // ---- JSON for inspect ----

    private Map<String, Object> containerJson(Container container) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("Status", container.state);
        state.put("Running", container.running());
        state.put("ExitCode", container.exitCode);
        state.put("Error", container.error);
        state.put("StartedAt", container.started == null ? "0001-01-01T00:00:00Z" : container.started.toString());
        state.put("FinishedAt", container.finished == null ? "0001-01-01T00:00:00Z" : container.finished.toString());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("Hostname", container.id.substring(0, 12));
        config.put("Tty", container.tty);
        config.put("OpenStdin", container.openStdin);
        config.put("Env", container.env);
        config.put("Cmd", container.cmd);
        config.put("Image", container.imageGiven);
        config.put("WorkingDir", container.workdir);
        config.put("Entrypoint", container.entrypoint.isEmpty() ? null : container.entrypoint);
        config.put("Labels", new TreeMap<>(container.labels));
        Map<String, Object> bindings = new TreeMap<>();
        for (PortMapping port : container.requested) {
            bindings.put(port.containerPort() + "/" + port.protocol(), List.of(Map.of("HostIp", port.hostIp(),
                    "HostPort", port.hostPort() == 0 ? "" : Integer.toString(port.hostPort()))));
        }
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("Binds", container.volumes.isEmpty() ? null : container.volumes);
        host.put("PortBindings", bindings);
        host.put("AutoRemove", container.autoRemove);
        Map<String, Object> ports = new TreeMap<>();
        for (PortMapping port : container.bound) {
            ports.put(port.containerPort() + "/" + port.protocol(), List.of(Map.of("HostIp", port.hostIp(),
                    "HostPort", Integer.toString(port.hostPort()))));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", container.id);
        json.put("Created", container.created.toString());
        json.put("Path", container.argv.get(0));
        json.put("Args", container.argv.subList(1, container.argv.size()));
        json.put("State", state);
        json.put("Image", container.imageId);
        json.put("Name", "/" + container.name);
        json.put("HostConfig", host);
        json.put("Config", config);
        json.put("NetworkSettings", Map.of("Ports", ports));
        return json;
    }

    private static Map<String, Object> imageJson(Image image) {
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> exposed = new TreeMap<>();
        image.exposed.forEach(port -> exposed.put(port, Map.of()));
        config.put("ExposedPorts", exposed.isEmpty() ? null : exposed);
        config.put("Env", image.env);
        config.put("Cmd", image.cmd.isEmpty() ? null : image.cmd);
        config.put("WorkingDir", image.workdir);
        config.put("Entrypoint", image.entrypoint.isEmpty() ? null : image.entrypoint);
        config.put("Labels", image.labels.isEmpty() ? null : new TreeMap<>(image.labels));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Id", image.id);
        json.put("RepoTags", image.repoTags());
        json.put("RepoDigests", List.copyOf(image.repoDigests));
        json.put("Parent", image.parentId);
        json.put("Created", image.created.toString());
        json.put("Config", config);
        json.put("Architecture", image.platform.split("/")[1]);
        json.put("Os", image.platform.split("/")[0]);
        json.put("Size", image.size);
        return json;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- clock, events, the engine being there ----

    /** Something changed: the clock moves on a millisecond, so every event has its own time. */
    private Instant tick() {
        now = now.plusMillis(1);
        return now;
    }

    /** A read of the engine's clock: time passes a little, so a time read after an event is after it. */
    private Instant tickRead() {
        now = now.plusNanos(1000);
        return now;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private void emit(String type, String action, String actorId, Map<String, String> attributes) {
        Instant time = tick();
        EngineEvent event = new EngineEvent(type, action, actorId, attributes, nanos(time));
        history.add(event);
        pending.add(event);
    }

    private void emitContainer(Container container, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(container.labels);
        attributes.put("name", container.name);
        attributes.put("image", container.imageGiven);
        attributes.putAll(extra);
        emit("container", action, container.id, attributes);
    }

    private EngineException engineGone() {
        return new EngineException(Fault.ENGINE_GONE, "engine.error.gone", null,
                "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?");
    }

    private static EngineException refused(String engineText) {
        return new EngineException(Fault.REFUSED, "engine.error.refused", null, engineText);
    }

    /** A call that changes nothing: fails when the engine is gone. */
    private <T> T call(Supplier<T> action) {
        synchronized (this) {
            if (gone) {
                throw engineGone();
            }
            return action.get();
        }
    }

    /**
     * A call that may change things: runs under the engine's lock, then hands the events it made to
     * the subscribers, outside the lock (a listener may call the engine), even when it failed half-way.
     */
    private <T> T change(Supplier<T> action) {
        List<EngineEvent> made = new ArrayList<>();
        try {
            synchronized (this) {
                if (gone) {
                    throw engineGone();
                }
                try {
                    return action.get();
                } finally {
                    made.addAll(pending);
                    pending.clear();
                }
            }
        } finally {
            deliver(made);
        }
    }

    private void deliver(List<EngineEvent> events) {
        for (EngineEvent event : events) {
            for (Subscription subscription : subscriptions) {
                if (subscription.cancellation().isCancelled()) {
                    subscriptions.remove(subscription);
                    continue;
                }
                try {
                    subscription.listener().accept(event);
                } catch (RuntimeException e) {
                    // as on docker-java's thread: a listener's failure does not end the stream
                }
            }
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
