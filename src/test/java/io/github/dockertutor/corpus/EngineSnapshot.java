package io.github.dockertutor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the engine (and the workspace) hold, read with the real docker CLI, each object described
 * by what a tutorial line can change: a container's image, name, state, command, ports, mounts,
 * variables, limits and networks; an image's names; a network's and a volume's settings; the
 * workspace's files. Ids are the keys, so the same object before and after can be compared.
 */
final class EngineSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each object by id ({@code container:…}, {@code image:…}), described without what differs by chance. */
    final Map<String, String> objects;

    private EngineSnapshot(Map<String, String> objects) {
        this.objects = objects;
    }

    /**
     * @param line      the corpus line, to tell names it gives from names docker makes up
     * @param workspace the side's workspace, written as {@code <ws>} so both sides compare
     */
    static EngineSnapshot take(EngineApi api, Path workspace, String line) {
        return take(api, workspace, line, false);
    }

    /**
     * A snapshot once the containers a line started have had two seconds to end by themselves (a
     * shell without a terminal ends at once): both sides are compared as they settle, not mid-start.
     */
    static EngineSnapshot settled(EngineApi api, Path workspace, String line) {
        return take(api, workspace, line, true);
    }

    private static EngineSnapshot take(EngineApi api, Path workspace, String line, boolean settle) {
        if (settle) {
            for (JsonNode summary : api.get("/containers/json")) {
                try {
                    String started = api.get("/containers/" + summary.path("Id").asText() + "/json").path("State")
                            .path("StartedAt").asText();
                    long age = java.time.Duration.between(java.time.Instant.parse(started), java.time.Instant.now())
                            .toMillis();
                    if (age < 2000) {
                        Thread.sleep(2000 - age);
                    }
                } catch (IllegalStateException | java.time.format.DateTimeParseException e) {
                    // gone meanwhile, or never started
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Map<String, String> objects = new TreeMap<>();
        for (JsonNode summary : api.get("/containers/json?all=1")) {
            try {
                JsonNode container = api.get("/containers/" + summary.path("Id").asText() + "/json");
                objects.put("container:" + container.path("Id").asText(), container(container, workspace, line));
            } catch (IllegalStateException e) {
                // removed between the listing and the inspect (a --rm container ending)
            }
        }
        for (JsonNode image : api.get("/images/json")) {
            List<String> names = new ArrayList<>();
            image.path("RepoTags").forEach(tag -> {
                if (!tag.asText().startsWith("<none>")) {
                    names.add(tag.asText());
                }
            });
            names.sort(null);
            objects.put("image:" + image.path("Id").asText(), "image " + names);
        }
        for (JsonNode summary : api.get("/networks")) {
            JsonNode network = api.get("/networks/" + summary.path("Id").asText());
            objects.put("network:" + network.path("Id").asText(), network(network, line));
        }
        for (JsonNode volume : api.get("/volumes").path("Volumes")) {
            objects.put("volume:" + volume.path("Name").asText(), volume(volume));
        }
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                objects.put("file:" + workspace.relativize(file), "file " + workspace.relativize(file) + " "
                        + Files.size(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EngineSnapshot(objects);
    }

    /** What changed from {@code before} to this: removed, created and changed objects, ids left out, sorted. */
    List<String> changesSince(EngineSnapshot before) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> old : before.objects.entrySet()) {
            String now = objects.get(old.getKey());
            if (now == null) {
                changes.add("removed " + old.getValue());
            } else if (!now.equals(old.getValue())) {
                changes.add("changed " + old.getValue() + " => " + now);
            }
        }
        for (Map.Entry<String, String> created : objects.entrySet()) {
            if (!before.objects.containsKey(created.getKey())) {
                changes.add("created " + created.getValue());
            }
        }
        changes.sort(null);
        return changes;
    }

    private static String container(JsonNode c, Path workspace, String line) {
        JsonNode config = c.path("Config");
        JsonNode host = c.path("HostConfig");
        JsonNode state = c.path("State");
        String name = c.path("Name").asText().replaceFirst("^/", "");
        String id = c.path("Id").asText();
        StringBuilder d = new StringBuilder("container");
        d.append(" name=").append(line.contains(name) ? name : "<auto>");
        d.append(" image=").append(config.path("Image").asText());
        d.append(" state=").append(state.path("Status").asText());
        if (state.path("Status").asText().equals("exited")) {
            d.append(" exit=").append(state.path("ExitCode").asInt());
        }
        d.append(" cmd=").append(config.path("Cmd"));
        d.append(" entrypoint=").append(config.path("Entrypoint"));
        d.append(" workdir=").append(config.path("WorkingDir").asText());
        d.append(" user=").append(config.path("User").asText());
        String hostname = config.path("Hostname").asText();
        d.append(" hostname=").append(id.startsWith(hostname) ? "<id>" : hostname);
        List<String> env = new ArrayList<>();
        config.path("Env").forEach(e -> {
            if (!e.asText().startsWith("PATH=")) {
                env.add(e.asText());
            }
        });
        d.append(" env=").append(env);
        d.append(" labels=").append(labels(config.path("Labels")));
        d.append(" tty=").append(config.path("Tty").asBoolean()).append(" stdin=").append(config.path("OpenStdin").asBoolean());
        Map<String, String> ports = new TreeMap<>();
        host.path("PortBindings").fields().forEachRemaining(entry -> {
            List<String> bindings = new ArrayList<>();
            entry.getValue().forEach(b -> bindings.add(b.path("HostIp").asText() + ":"
                    + (b.path("HostPort").asText().isEmpty() ? "<any>" : b.path("HostPort").asText())));
            ports.put(entry.getKey(), bindings.toString());
        });
        d.append(" ports=").append(ports).append(" publishAll=").append(host.path("PublishAllPorts").asBoolean());
        List<String> mounts = new ArrayList<>();
        c.path("Mounts").forEach(m -> {
            String source = m.path("Type").asText().equals("volume")
                    ? (m.path("Name").asText().matches("[0-9a-f]{64}") ? "<anon>" : m.path("Name").asText())
                    : m.path("Source").asText().replace(workspace.toString(), "<ws>");
            mounts.add(m.path("Type").asText() + ":" + source + ":" + m.path("Destination").asText() + ":"
                    + (m.path("RW").asBoolean() ? "rw" : "ro"));
        });
        mounts.sort(null);
        d.append(" mounts=").append(mounts);
        for (String field : List.of("Memory", "MemorySwap", "NanoCpus", "CpuShares", "CpusetCpus", "ReadonlyRootfs",
                "AutoRemove", "Privileged", "ShmSize", "PidsLimit", "Init", "NetworkMode", "Runtime")) {
            JsonNode value = host.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.asText().isEmpty() && !value.asText().equals("0")
                    && !value.asText().equals("false")) {
                d.append(' ').append(field).append('=').append(value.asText());
            }
        }
        JsonNode restart = host.path("RestartPolicy");
        d.append(" restart=").append(restart.path("Name").asText("no").isEmpty() ? "no" : restart.path("Name").asText())
                .append(':').append(restart.path("MaximumRetryCount").asInt());
        for (String field : List.of("ExtraHosts", "Dns", "DnsSearch", "DnsOptions", "CapAdd", "CapDrop", "GroupAdd",
                "VolumesFrom", "Links", "Devices", "Tmpfs", "DeviceRequests")) {
            JsonNode value = host.path(field);
            if (value.size() > 0) {
                d.append(' ').append(field).append('=').append(value);
            }
        }
        List<String> networks = new ArrayList<>();
        c.path("NetworkSettings").path("Networks").fields().forEachRemaining(entry -> {
            List<String> aliases = new ArrayList<>();
            entry.getValue().path("Aliases").forEach(a -> {
                if (!id.startsWith(a.asText())) {
                    aliases.add(a.asText());
                }
            });
            networks.add(entry.getKey() + aliases);
        });
        networks.sort(null);
        d.append(" networks=").append(networks);
        return d.toString();
    }

    private static String network(JsonNode n, String line) {
        List<String> subnets = new ArrayList<>();
        n.path("IPAM").path("Config").forEach(c -> subnets.add(c.path("Subnet").asText() + "/" + c.path("Gateway").asText()));
        return "network " + n.path("Name").asText() + " driver=" + n.path("Driver").asText() + " internal="
                + n.path("Internal").asBoolean() + " attachable=" + n.path("Attachable").asBoolean()
                // a subnet the line did not ask for is the engine's pick, which differs from one network to the next
                + " ipam=" + (line.contains("--subnet") ? subnets : "<auto>") + " labels=" + labels(n.path("Labels"))
                + " options=" + n.path("Options");
    }

    private static String volume(JsonNode v) {
        String name = v.path("Name").asText();
        return "volume " + (name.matches("[0-9a-f]{64}") ? "<anon>" : name) + " driver=" + v.path("Driver").asText()
                + " labels=" + labels(v.path("Labels")) + " options=" + v.path("Options");
    }

    /** Labels without the tutor's own, which it adds to everything it creates. */
    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith("dockertutor.")) {
                labels.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return labels;
    }

}
