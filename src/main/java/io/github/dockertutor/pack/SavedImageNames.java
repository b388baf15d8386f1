package io.github.dockertutor.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.base.JsonFiles;
import io.github.dockertutor.dockercli.ImageReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names images.tar (a {@code docker save}) would give images on the engine, checked against
 * the pack's manifest before they land: every tag in docker save's own manifest.json (and in its
 * older {@code repositories} file and the OCI index) must be a reference the pack's manifest lists,
 * for the very image it lists it with; every image the manifest lists must be there; and an
 * image's id must be the SHA-256 of its config, as the engine computes it, not merely the name of
 * a file. Consistent hashes prove a pack whole, not honest: without this, a pack written by hand
 * could tag busybox as {@code python:3.11} on every learner's engine, and on the class mirror.
 */
final class SavedImageNames implements TarWalker.Entries {
    private static final Set<String> METADATA = Set.of("manifest.json", "repositories", "index.json");
    private static final Pattern CONFIG = Pattern.compile("(?:blobs/sha256/([0-9a-f]{64}))|(?:([0-9a-f]{64})\\.json)");
    private static final int METADATA_MAX = 1024 * 1024;
    /** Far above any image config; a bigger entry is a layer, and no config needs to be read from it. */
    private static final int CONFIG_MAX = 4 * 1024 * 1024;

    private final List<PackManifest.Image> images;
    private final Map<String, byte[]> metadata = new HashMap<>();
    private final Set<String> verifiedConfigs = new HashSet<>();
    private volatile PackException refusal;

    SavedImageNames(List<PackManifest.Image> images) {
        this.images = List.copyOf(images);
    }

    /** Why the names were refused, once they were; the load then failed on purpose. */
    Optional<PackException> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Remembers and answers a refusal, for the stream to throw and the loader to report. */
    PackException refuse(PackException why) {
        if (refusal == null) {
            refusal = why;
        }
        return refusal;
    }

    @Override
    public TarWalker.Content entry(String name, TarWalker.Kind kind, long size) {
        String path = normalize(name);
        if (METADATA.contains(path)) {
            // the engine reads these by name after unpacking: a link or a second copy would change what it reads
            if (kind != TarWalker.Kind.FILE) {
                throw TarWalker.names(path + " is not a plain file");
            }
            if (metadata.containsKey(path) || size > METADATA_MAX) {
                throw TarWalker.names(path + (size > METADATA_MAX ? " is too large" : " comes twice"));
            }
            metadata.put(path, new byte[0]);
            return TarWalker.collect(bytes -> metadata.put(path, bytes));
        }
        Matcher config = CONFIG.matcher(path);
        if (config.matches() && kind == TarWalker.Kind.FILE && size <= CONFIG_MAX) {
            String hex = config.group(1) != null ? config.group(1) : config.group(2);
            return hashed(hex);
        }
        return null;
    }

    @Override
    public void end() {
        Set<String> present = new HashSet<>();
        JsonNode manifest = json("manifest.json", true);
        if (!manifest.isArray()) {
            throw TarWalker.names("manifest.json is not a list");
        }
        for (JsonNode image : manifest) {
            String hex = configHex(image.path("Config").asText(""));
            if (!verifiedConfigs.contains(hex)) {
                throw TarWalker.names("the config " + image.path("Config").asText("") + " is not what its name says");
            }
            String id = "sha256:" + hex;
            present.add(id);
            JsonNode tags = image.get("RepoTags");
            if (tags != null && !tags.isNull()) {
                if (!tags.isArray()) {
                    throw TarWalker.names("RepoTags is not a list");
                }
                for (JsonNode tag : tags) {
                    allowed(tag.asText(""), Optional.of(id));
                }
            }
        }
        for (PackManifest.Image image : images) {
            if (!present.contains(image.id())) {
                throw new PackException("pack.verify.imageAbsent", image.reference());
            }
        }
        JsonNode repositories = json("repositories", false);
        if (repositories != null) {
            for (Map.Entry<String, JsonNode> repository : repositories.properties()) {
                for (Map.Entry<String, JsonNode> tag : repository.getValue().properties()) {
                    allowed(repository.getKey() + ":" + tag.getKey(), Optional.empty());
                }
            }
        }
        JsonNode index = json("index.json", false);
        if (index != null) {
            for (JsonNode entry : index.path("manifests")) {
                JsonNode annotations = entry.path("annotations");
                allowedIfPresent(annotations.path("io.containerd.image.name"));
                String ref = annotations.path("org.opencontainers.image.ref.name").asText("");
                // a bare tag ("latest") names nothing alone; a full reference is a name the engine may give
                if (ref.contains("/") || ref.contains(":")) {
                    allowed(ref, Optional.empty());
                }
            }
        }
    }

    /** A name the engine would give: the manifest must list it, for this image when the image is known. */
    private void allowed(String name, Optional<String> id) {
        Optional<ImageReference> wanted = ImageReference.normalized(name);
        boolean listed = wanted.isPresent() && images.stream().anyMatch(image ->
                ImageReference.normalized(image.reference()).equals(wanted)
                        && (id.isEmpty() || id.get().equals(image.id())));
        if (!listed) {
            throw new PackException("pack.verify.foreignTag", name);
        }
    }

    private void allowedIfPresent(JsonNode name) {
        if (name.isTextual()) {
            allowed(name.asText(), Optional.empty());
        }
    }

    private JsonNode json(String path, boolean required) {
        byte[] bytes = metadata.get(path);
        if (bytes == null) {
            if (required) {
                throw TarWalker.names("no " + path);
            }
            return null;
        }
        try {
            JsonNode node = JsonFiles.read(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !(node.isArray() || node.isObject())) {
                throw TarWalker.names(path + " is not JSON");
            }
            return node;
        } catch (IOException e) {
            throw TarWalker.names(path + " is not JSON");
        }
    }

    private static String configHex(String config) {
        Matcher matcher = CONFIG.matcher(normalize(config));
        if (!matcher.matches()) {
            throw TarWalker.names("no image config named " + config);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** An entry's content, hashed on the way; its name is true when the hash is. */
    private TarWalker.Content hashed(String hex) {
        MessageDigest digest = Sha256.digest();
        return new TarWalker.Content() {
            @Override
            public void accept(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }

            @Override
            public void done() {
                if (Sha256.hex(digest).equals(hex)) {
                    verifiedConfigs.add(hex);
                }
            }
        };
    }

    /** The path the engine unpacks an entry to, relative to the archive's root: "./a//b/../c" is "a/c". */
    static String normalize(String name) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
