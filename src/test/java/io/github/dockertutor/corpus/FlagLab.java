package io.github.dockertutor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the flag probes run: the tutor (the dispatcher the shell uses, as {@link TutorSide}), the
 * docker CLI (as {@link Shell}), the engine's API for looking at the result, and the few things
 * the probes share, made once and only when a probe asks: a user network, a stopped container with
 * a volume, one running busybox, files in the workspace. Everything it names starts with
 * {@code fp} and a random run id; {@link #close} removes all that was not there at the start.
 */
final class FlagLab implements AutoCloseable {
    /** The side markers a line's {@code {s}} becomes: with the flag, without it, with it in the docker CLI. */
    static final String WITH = "xw";
    static final String WITHOUT = "xo";
    static final String DOCKER = "xd";
    /** Container logs the running busybox writes first, for the logs probes. */
    static final List<String> SHARED_LINES = List.of("fp-one", "fp-two", "fp-three");

    private final EngineApi api = new EngineApi();
    private final CorpusSlate slate;
    private final TutorSide tutor;
    private final Shell shell;
    private final Path workspace;
    private final String name = "fp" + Long.toHexString(ThreadLocalRandom.current().nextLong(0x100000, 0xffffff));
    private final int subnet = ThreadLocalRandom.current().nextInt(1, 250);
    private final Messages messages = Messages.of(Language.EN);
    private final List<String> pushed = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> notes = new java.util.concurrent.ConcurrentHashMap<>();
    private String network;
    private String source;
    private String shared;

    FlagLab(EngineSession session, Map<String, String> environment, Path scratch) throws IOException {
        this.slate = new CorpusSlate(api, scratch.resolve("slate"));
        this.tutor = new TutorSide(session, environment, scratch.resolve("home"));
        this.shell = new Shell(environment);
        this.workspace = scratch.resolve("workspace");
        Files.createDirectories(workspace);
        Map<String, String> files = Map.of(
                "fp.env", "FPFILE=from-file\n",
                "fp.labels", "fp.labelfile=from-file\n",
                "Dockerfile", "FROM busybox\nLABEL fp.build=plain\n",
                "Dockerfile.alt", "FROM busybox\nLABEL fp.build=alt\n",
                "Dockerfile.arg", "FROM busybox\nARG FP=none\nLABEL fp.arg=$FP\n",
                "Dockerfile.stages", "FROM busybox AS one\nLABEL fp.stage=one\nFROM busybox AS two\nLABEL fp.stage=two\n",
                "cp.txt", "fp copy\n");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(workspace.resolve(file.getKey()), file.getValue());
        }
    }

    /** The run's prefix for names: {@code fp} and six hex digits. */
    String name() {
        return name;
    }

    Messages messages() {
        return messages;
    }

    EngineApi api() {
        return api;
    }

    Path workspace() {
        return workspace;
    }

    /**
     * A line as typed: {@code {n}} the run's prefix, {@code {s}} the side, {@code {o}} a digit of the side's
     * own (1, 2, 3) for subnets that must not overlap, {@code {sub}} the run's subnet number, and the shared
     * things by name: {@code {net}}, {@code {src}}, {@code {shared}}, {@code {mirror}}.
     */
    String expand(String line, String side) {
        String octet = side.equals(WITH) ? "1" : side.equals(WITHOUT) ? "2" : "3";
        String expanded = line.replace("{n}", name).replace("{s}", side).replace("{sub}", Integer.toString(subnet))
                .replace("{o}", octet);
        if (expanded.contains("{net}")) {
            expanded = expanded.replace("{net}", network());
        }
        if (expanded.contains("{src}")) {
            expanded = expanded.replace("{src}", source());
        }
        if (expanded.contains("{shared}")) {
            expanded = expanded.replace("{shared}", shared());
        }
        if (expanded.contains("{all}")) {
            // volume prune's -a, on engines that know it; older ones prune named volumes without it
            expanded = expanded.replace("{all}", volumePruneTakesNamed() ? "" : "-a");
        }
        if (expanded.contains("{mirror}")) {
            expanded = expanded.replace("{mirror}", mirror());
        }
        return expanded;
    }

    /** Something a probe's setup learnt for its check (a volume's name). */
    void note(String key, String value) {
        notes.put(key, value);
    }

    String note(String key) {
        return notes.getOrDefault(key, "(nothing noted as " + key + ")");
    }

    /** A line with the placeholders filled by examples, to parse without an engine. */
    static String sample(String line) {
        return line.replace("{n}", "fp000000").replace("{s}", WITH).replace("{sub}", "1").replace("{o}", "1")
                .replace("{net}", "fp000000-net").replace("{src}", "fp000000-src").replace("{shared}", "fp000000-run")
                .replace("{mirror}", "127.0.0.1:5000").replace("{all}", "-a");
    }

    /** The line through the tutor, as typed at its prompt; Ctrl-C after {@code patience}. */
    Outcome tutor(String line, String side, Duration patience) {
        String typed = expand(line, side);
        Instant started = Instant.now();
        TutorSide.Result result = tutor.run(typed, workspace, patience);
        if (result.crash() != null && !result.crash().equals("interrupted")) {
            throw new AssertionError("the tutor crashed on: " + typed + "\n" + result.output() + "\n" + result.crash());
        }
        return new Outcome(side, typed, result.output(), result.interrupted(), started, Instant.now());
    }

    /** The line in a real terminal: bash and the docker CLI, in the same workspace. */
    Outcome docker(String line, Duration patience) {
        String typed = expand(line, DOCKER);
        Instant started = Instant.now();
        Shell.Result result = shell.line(typed, workspace, (int) Math.max(1, patience.toSeconds()));
        return new Outcome(DOCKER, typed, result.output(), result.interrupted(), started, Instant.now());
    }

    /** What one side of a probe printed, whether it needed Ctrl-C, and when it ran. */
    record Outcome(String side, String line, String output, boolean interrupted, Instant started, Instant ended) {
        List<String> lines() {
            return output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        boolean has(String text) {
            return output.contains(text);
        }

        long millis() {
            return Duration.between(started, ended).toMillis();
        }

        @Override
        public String toString() {
            return "$ " + line + (interrupted ? "   (Ctrl-C)" : "") + "\n" + output.indent(4);
        }
    }

    /** The docker CLI with these words, for a probe's setup or a look inside a container; its output. */
    String cli(String... args) {
        Shell.Result result = shell.docker(workspace, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " failed: " + result.output());
        }
        return result.output();
    }

    /** How many events of this kind the engine recorded for a container while a line ran. */
    int events(String container, String action, Outcome during) {
        String filters = EngineApi.encode("{\"container\":[\"" + container + "\"],\"event\":[\"" + action + "\"]}");
        return api.getLines("/events?since=" + seconds(during.started()) + "&until=" + seconds(during.ended())
                + "&filters=" + filters).size();
    }

    /** How many image events of this kind (pull) the engine recorded while a line ran. */
    int imageEvents(String action, Outcome during) {
        String filters = EngineApi.encode("{\"type\":[\"image\"],\"event\":[\"" + action + "\"]}");
        return api.getLines("/events?since=" + seconds(during.started()) + "&until=" + seconds(during.ended())
                + "&filters=" + filters).size();
    }

    /** Whether the engine predates API 1.42, where volume prune removed named volumes too and knew no --all. */
    boolean volumePruneTakesNamed() {
        String[] version = api.get("/version").path("ApiVersion").asText("1.99").split("\\.");
        return Integer.parseInt(version[0]) == 1 && Integer.parseInt(version[1]) < 42;
    }

    /**
     * Milliseconds the engine let a container have between SIGTERM and SIGKILL while a line ran (stop,
     * restart): the engine's own two events, so a busy machine does not stretch it.
     */
    long termToKill(String container, Outcome during) {
        String filters = EngineApi.encode("{\"container\":[\"" + container + "\"],\"event\":[\"kill\"]}");
        List<JsonNode> kills = api.getLines("/events?since=" + seconds(during.started()) + "&until="
                + seconds(during.ended()) + "&filters=" + filters);
        long term = signalled(kills, "15");
        long kill = signalled(kills, "9");
        return (kill - term) / 1_000_000;
    }

    private static long signalled(List<JsonNode> kills, String signal) {
        return kills.stream().filter(e -> e.at("/Actor/Attributes/signal").asText().equals(signal))
                .mapToLong(e -> e.path("timeNano").asLong()).min()
                .orElseThrow(() -> new AssertionError("the engine sent no signal " + signal + ": " + kills));
    }

    private static String seconds(Instant time) {
        return time.getEpochSecond() + "." + String.format("%09d", time.getNano());
    }

    /** The owner (uid) of a file in a container, from the archive the engine gives of it. */
    long owner(String container, String path) throws IOException {
        byte[] tar = api.getBytes("/containers/" + container + "/archive?path=" + EngineApi.encode(path));
        try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.io.ByteArrayInputStream(tar))) {
            return in.getNextTarEntry().getLongUserId();
        }
    }

    /** Whether the tutor said this message (its first words: the screen wraps the rest). */
    boolean said(Outcome outcome, String key, Object... args) {
        String message = messages.get(key, args);
        return outcome.output().contains(message.substring(0, Math.min(40, message.length())));
    }

    /** The container carrying the label {@code fp.c=VALUE}, inspected; empty when there is none. */
    Optional<JsonNode> labeled(String value) {
        JsonNode found = api.get("/containers/json?all=1&filters="
                + EngineApi.encode("{\"label\":[\"fp.c=" + value + "\"]}"));
        return found.size() == 0 ? Optional.empty() : Optional.of(container(found.get(0).path("Id").asText()));
    }

    JsonNode container(String nameOrId) {
        return api.get("/containers/" + EngineApi.encode(nameOrId) + "/json");
    }

    Optional<JsonNode> image(String reference) {
        try {
            return Optional.of(api.get("/images/" + reference + "/json"));
        } catch (IllegalStateException notThere) {
            return Optional.empty();
        }
    }

    Optional<JsonNode> volume(String volume) {
        try {
            return Optional.of(api.get("/volumes/" + EngineApi.encode(volume)));
        } catch (IllegalStateException notThere) {
            return Optional.empty();
        }
    }

    Optional<JsonNode> network(String net) {
        try {
            return Optional.of(api.get("/networks/" + EngineApi.encode(net)));
        } catch (IllegalStateException notThere) {
            return Optional.empty();
        }
    }

    boolean exists(String container) {
        try {
            container(container);
            return true;
        } catch (IllegalStateException notThere) {
            return false;
        }
    }

    /** Containers of every state whose command line holds this text (a build's intermediate ones). */
    long containersWith(String commandText) {
        long count = 0;
        for (JsonNode container : api.get("/containers/json?all=1")) {
            if (container.path("Command").asText().contains(commandText)) {
                count++;
            }
        }
        return count;
    }

    /** A stopped container made straight through the API, labelled, with an anonymous volume at /fpdata. */
    String createContainer(String containerName, String... command) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("Image", "busybox");
        body.put("Labels", Map.of("fp", name, "fp.c", containerName));
        body.put("Volumes", Map.of("/fpdata", Map.of()));
        if (command.length > 0) {
            body.put("Cmd", List.of(command));
        }
        return api.post("/containers/create?name=" + containerName, body).path("Id").asText();
    }

    /** A running container that ends at once on stop and ignores other signals, as PID 1 does. */
    String startContainer(String containerName, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("Image", "busybox",
                "Labels", Map.of("fp", name, "fp.c", containerName), "StopTimeout", 1,
                "Cmd", List.of("sh", "-c", "echo " + String.join("; echo ", SHARED_LINES)
                        + "; trap 'exit 0' TERM; while true; do sleep 1; done")));
        body.putAll(extra);
        String id = api.post("/containers/create?name=" + containerName, body).path("Id").asText();
        api.post("/containers/" + id + "/start", null);
        return id;
    }

    /** A user network with a subnet of its own, for --network, --ip and --network-alias. */
    synchronized String network() {
        if (network == null) {
            network = name + "-net";
            api.post("/networks/create", Map.of("Name", network, "Labels", Map.of("fp", name),
                    "IPAM", Map.of("Config", List.of(Map.of("Subnet", subnet() + ".0/24")))));
        }
        return network;
    }

    /** The first three parts of the network's subnet, e.g. 10.210.17. */
    String subnet() {
        return "10.210." + subnet;
    }

    /** A stopped container with a volume: for --volumes-from, ps -a, stats, inspect, cp, commit. */
    synchronized String source() {
        if (source == null) {
            source = name + "-src";
            createContainer(source);
        }
        return source;
    }

    /** The one running busybox that exec, logs, kill -s, --link and the rest share. */
    synchronized String shared() {
        if (shared == null) {
            shared = name + "-run";
            startContainer(shared, Map.of());
            waitForLogs(shared);
        }
        return shared;
    }

    private void waitForLogs(String container) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode state = container(container).path("State");
            if (state.path("Running").asBoolean() && tutor(
                    "docker logs " + container, WITHOUT, Duration.ofSeconds(5)).output().contains(SHARED_LINES.get(2))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(container + " did not start and write its lines");
    }

    /** The engine's registry mirror (scripts/engine's local registry), where push probes push to. */
    String mirror() {
        JsonNode mirrors = api.get("/info").path("RegistryConfig").path("Mirrors");
        if (mirrors.size() == 0) {
            throw new AssertionError("the engine has no registry mirror to push to: the probes of push need the"
                    + " private engine of scripts/engine (its registry), as the README's test command starts it");
        }
        return URI.create(mirrors.get(0).asText()).getAuthority();
    }

    /** A reference pushed to the mirror, to delete from it at the end. */
    void pushed(String reference) {
        pushed.add(reference);
    }

    @Override
    public void close() throws IOException {
        try {
            slate.reset();
            deletePushed();
        } finally {
            api.close();
        }
    }

    /** The manifests the push probes put in the mirror go; the repository stays, one name for every run. */
    private void deletePushed() {
        HttpClient http = HttpClient.newHttpClient();
        for (String reference : pushed) {
            String authority = reference.substring(0, reference.indexOf('/'));
            String path = reference.substring(reference.indexOf('/') + 1);
            String repository = path.substring(0, path.lastIndexOf(':'));
            String tag = path.substring(path.lastIndexOf(':') + 1);
            try {
                HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create("http://" + authority + "/v2/"
                        + repository + "/manifests/" + tag)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "application/vnd.docker.distribution.manifest.v2+json").build(),
                        HttpResponse.BodyHandlers.discarding());
                head.headers().firstValue("Docker-Content-Digest").ifPresent(digest -> {
                    try {
                        http.send(HttpRequest.newBuilder(URI.create("http://" + authority + "/v2/" + repository
                                + "/manifests/" + digest)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
                    } catch (IOException | InterruptedException e) {
                        // the registry keeps one more manifest of a test image; harmless
                    }
                });
            } catch (IOException | InterruptedException e) {
                // as above
            }
        }
    }
}
