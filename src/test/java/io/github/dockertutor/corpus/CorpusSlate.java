package io.github.dockertutor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The same starting point for each side of each line: the engine as the test found it, plus the
 * line's fixtures (the containers, networks and images its tutorial made in earlier lines, from
 * the corpus's notes), and a workspace with the files tutorials build from. It removes only what
 * was not there when the test began.
 */
final class CorpusSlate {
    /** A container that ends at once on docker stop, as a tutorial's server would, instead of after 10 s. */
    private static final List<String> SERVER = List.of("sh", "-c", "trap 'exit 0' TERM INT; while true; do sleep 1; done");
    private static final Pattern NEEDS_CONTAINER = Pattern.compile("needs (?:container|containers) ([\\w.-]+)"
            + "(?:\\.\\.(\\w+))?");
    private static final Pattern AND_CONTAINER = Pattern.compile("and container ([\\w.-]+)");
    private static final Pattern NEEDS_NETWORK = Pattern.compile("needs network ([\\w.-]+)");
    private static final Pattern NEEDS_IMAGE = Pattern.compile("needs image ([\\w./:-]+) built");

    private final EngineApi api;
    private final Path root;
    private final Set<String> baseline = new LinkedHashSet<>();
    private final Set<String> baselineNames = new LinkedHashSet<>();

    CorpusSlate(EngineApi api, Path root) {
        this.api = api;
        this.root = root;
        api.get("/containers/json?all=1").forEach(c -> baseline.add("container " + c.path("Id").asText()));
        for (JsonNode image : api.get("/images/json?all=1")) {
            baseline.add("image " + image.path("Id").asText());
            image.path("RepoTags").forEach(tag -> baselineNames.add(tag.asText()));
        }
        api.get("/networks").forEach(n -> baseline.add("network " + n.path("Id").asText()));
        api.get("/volumes").path("Volumes").forEach(v -> baseline.add("volume " + v.path("Name").asText()));
    }

    /** Back to the baseline, then the line's fixtures; answers the side's fresh workspace. */
    Path prepare(CorpusLine line, String side) {
        reset();
        Path workspace = root.resolve(side + "-" + line.number());
        writeWorkspace(workspace);
        // a fixture the engine refuses (a placeholder name in capitals) is missing on both sides alike
        for (String image : fixtureImages(line)) {
            int colon = image.lastIndexOf(':');
            boolean tagged = colon > image.lastIndexOf('/');
            quietly(() -> api.post("/images/busybox:latest/tag?repo=" + EngineApi.encode(tagged
                    ? image.substring(0, colon) : image) + "&tag=" + (tagged ? image.substring(colon + 1) : "latest"), null));
        }
        for (String network : fixtureNetworks(line)) {
            quietly(() -> api.post("/networks/create", Map.of("Name", network)));
        }
        for (String container : fixtureContainers(line)) {
            quietly(() -> {
                String id = api.post("/containers/create?name=" + container, Map.of("Image", "busybox", "Cmd", SERVER))
                        .path("Id").asText();
                api.post("/containers/" + id + "/start", null);
            });
        }
        return workspace;
    }

    /** Removes every container, image name, image, network and volume the test did not find at its start. */
    void reset() {
        for (JsonNode container : api.get("/containers/json?all=1")) {
            if (!baseline.contains("container " + container.path("Id").asText())) {
                api.deleteQuietly("/containers/" + container.path("Id").asText() + "?force=1&v=1");
            }
        }
        for (JsonNode network : api.get("/networks")) {
            if (!baseline.contains("network " + network.path("Id").asText())) {
                api.deleteQuietly("/networks/" + network.path("Id").asText());
            }
        }
        for (JsonNode volume : api.get("/volumes").path("Volumes")) {
            if (!baseline.contains("volume " + volume.path("Name").asText())) {
                api.deleteQuietly("/volumes/" + volume.path("Name").asText() + "?force=1");
            }
        }
        for (JsonNode image : api.get("/images/json?all=1")) {
            String id = image.path("Id").asText();
            if (!baseline.contains("image " + id)) {
                api.deleteQuietly("/images/" + id + "?force=1");
                continue;
            }
            // names given to an image that was there (docker tag busybox X) go; the image stays
            for (JsonNode tag : image.path("RepoTags")) {
                if (!tag.asText().startsWith("<none>") && !baselineNames.contains(tag.asText())) {
                    api.deleteQuietly("/images/" + tag.asText());
                }
            }
        }
    }

    /** Tags busybox under each image name of the corpus's images column ("a; b"), where the engine takes the name. */
    void nameBusybox(String images) {
        for (String image : images.split("[;,]")) {
            String name = image.strip();
            if (name.isEmpty() || name.contains("@")) {
                continue;
            }
            int colon = name.lastIndexOf(':');
            boolean tagged = colon > name.lastIndexOf('/');
            quietly(() -> api.post("/images/busybox:latest/tag?repo=" + EngineApi.encode(tagged
                    ? name.substring(0, colon) : name) + "&tag=" + (tagged ? name.substring(colon + 1) : "latest"), null));
        }
    }

    private static void quietly(Runnable fixture) {
        try {
            fixture.run();
        } catch (IllegalStateException refused) {
            // the engine refused the fixture; the line then meets its absence on both sides
        }
    }

    static List<String> fixtureContainers(CorpusLine line) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NEEDS_CONTAINER.matcher(line.note());
        while (matcher.find()) {
            String first = matcher.group(1);
            if (matcher.group(2) != null) {
                // alpine1..alpine4
                String stem = first.replaceAll("\\d+$", "");
                int from = Integer.parseInt(first.substring(stem.length()));
                int to = Integer.parseInt(matcher.group(2).replaceAll("^\\D+", ""));
                for (int i = from; i <= to; i++) {
                    names.add(stem + i);
                }
            } else {
                names.add(first);
            }
        }
        Matcher and = AND_CONTAINER.matcher(line.note());
        while (and.find()) {
            names.add(and.group(1));
        }
        return new ArrayList<>(names);
    }

    static List<String> fixtureNetworks(CorpusLine line) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NEEDS_NETWORK.matcher(line.note());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static List<String> fixtureImages(CorpusLine line) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NEEDS_IMAGE.matcher(line.note());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The files tutorials build and mount: a Dockerfile serving a page, env files, a second Dockerfile. */
    private static void writeWorkspace(Path workspace) {
        try {
            if (Files.exists(workspace)) {
                try (Stream<Path> files = Files.walk(workspace)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(workspace.resolve("src"));
            Map<String, String> files = Map.of(
                    "Dockerfile", "FROM busybox\nCOPY index.html /www/index.html\nCMD [\"httpd\", \"-f\", \"-p\", \"80\", \"-h\", \"/www\"]\n",
                    "Dockerfile.build", "FROM busybox\nRUN echo built > /built.txt\n",
                    "index.html", "<h1>hello from the corpus</h1>\n",
                    ".env", "APP_MODE=test\n# a comment\nGREETING=hello\n",
                    "env.list", "VAR1=value1\nVAR2\n",
                    "src/index.html", "<p>src</p>\n");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(workspace.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
