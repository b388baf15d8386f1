package io.github.dockertutor.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.base.JsonFiles;
import io.github.dockertutor.render.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * manifest.json, the first entry of a course pack: which tutor made it and when, the images it
 * holds, and the size and SHA-256 of every other entry, so a damaged pack is refused before the
 * engine sees a byte of it.
 *
 * @param format       the layout version, {@link #FORMAT}; a reader refuses any other
 * @param tutorVersion the dockertutor version that wrote the pack
 * @param created      when it was written
 * @param images       the images inside images.tar, in course order
 * @param entries      every entry after manifest.json, by path, in archive order
 * @param imagesMember where the pack keeps images.tar's content as a gzip member of its own (see
 *                     {@link Member}); empty for a pack laid out otherwise, which is then checked
 *                     and loaded by decompressing it
 */
public record PackManifest(int format, String tutorVersion, Instant created, List<Image> images,
                           Map<String, Entry> entries, Optional<Member> imagesMember) {
    public static final int FORMAT = 1;
    /** Columns of an unexpected format shown in the refusal: a real one has a digit or two. */
    private static final int SHOWN_FORMAT = 12;
    public static final String NAME = "manifest.json";
    public static final String IMAGES = "images.tar";
    public static final String LESSONS = "lessons/";
    /** Far above any real manifest; a bigger first entry is not one. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PackManifest {
        images = List.copyOf(images);
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A manifest without {@link #imagesMember}. */
    public PackManifest(int format, String tutorVersion, Instant created, List<Image> images,
                        Map<String, Entry> entries) {
        this(format, tutorVersion, created, images, entries, Optional.empty());
    }

    /** The same manifest with these entries and images member. */
    public PackManifest with(Map<String, Entry> newEntries, Optional<Member> newImagesMember) {
        return new PackManifest(format, tutorVersion, created, images, newEntries, newImagesMember);
    }

    /**
     * One image.
     *
     * @param reference    its name, {@code busybox:latest}
     * @param id           the image id, {@code sha256:…}: what load looks for afterwards
     * @param digests      the registry digests it was pulled by
     * @param size         its size on disk, in bytes
     * @param os           {@code linux}
     * @param architecture {@code amd64}…
     */
    public record Image(String reference, String id, List<String> digests, long size, String os, String architecture) {
        public Image {
            digests = List.copyOf(digests);
        }
    }

    /**
     * One entry after the manifest.
     *
     * @param size   its length in bytes
     * @param sha256 the SHA-256 of its content, lowercase hex
     */
    public record Entry(long size, String sha256) {
    }

    /**
     * The pack's last two gzip members, as the writer laid them out: images.tar's content alone in
     * one member, then a small one with the tar's padding and end blocks. Their sizes give where
     * the content starts (counted from the end of the file), and the SHA-256 of the compressed
     * bytes lets a reader check them without decompressing, then hand them to the engine as they
     * are. The content's own SHA-256 is still in {@link #entries}, for every other reader.
     *
     * @param size     the compressed length of the images member, in bytes
     * @param sha256   the SHA-256 of those compressed bytes
     * @param tailSize the compressed length of the member after it, which ends the file
     */
    public record Member(long size, String sha256, long tailSize) {
    }

    /** The manifest as UTF-8 JSON, indented for a teacher who opens it. */
    public byte[] toJson() {
        ObjectNode root = JsonFiles.object();
        root.put("format", format);
        root.put("tutorVersion", tutorVersion);
        root.put("created", created.toString());
        ArrayNode imageArray = root.putArray("images");
        for (Image image : images) {
            ObjectNode node = imageArray.addObject();
            node.put("reference", image.reference());
            node.put("id", image.id());
            ArrayNode digests = node.putArray("digests");
            image.digests().forEach(digests::add);
            node.put("size", image.size());
            node.put("os", image.os());
            node.put("architecture", image.architecture());
        }
        ArrayNode entryArray = root.putArray("entries");
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            ObjectNode node = entryArray.addObject();
            node.put("path", entry.getKey());
            node.put("size", entry.getValue().size());
            node.put("sha256", entry.getValue().sha256());
        }
        imagesMember.ifPresent(member -> {
            ObjectNode node = root.putObject("imagesMember");
            node.put("size", member.size());
            node.put("sha256", member.sha256());
            node.put("tailSize", member.tailSize());
        });
        return JsonFiles.write(root);
    }

    /** Reads and checks a manifest: every field present and sane, every entry path safe to name. */
    public static PackManifest parse(byte[] json) {
        JsonNode root;
        try {
            root = JsonFiles.read(new String(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PackException("pack.verify.manifestInvalid", "JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException problem ? problem.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new PackException("pack.verify.manifestInvalid", "not a JSON object");
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            // a crafted manifest's "format" may be anything: the learner sees a few characters of it
            throw new PackException("pack.verify.format",
                    Columns.ellipsize(Columns.printable(root.path("format").asText("?")), SHOWN_FORMAT), FORMAT);
        }
        Instant created;
        try {
            created = Instant.parse(text(root, "created"));
        } catch (DateTimeParseException e) {
            throw new PackException("pack.verify.manifestInvalid", "created");
        }
        List<Image> images = new ArrayList<>();
        for (JsonNode node : array(root, "images")) {
            List<String> digests = new ArrayList<>();
            array(node, "digests").forEach(digest -> digests.add(digest.asText()));
            images.add(new Image(text(node, "reference"), text(node, "id"), digests, size(node, "size"),
                    node.path("os").asText(""), node.path("architecture").asText("")));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode node : array(root, "entries")) {
            String path = text(node, "path");
            EntryPaths.check(path);
            if (path.equals(NAME)) {
                throw new PackException("pack.verify.manifestInvalid", "entries lists " + NAME);
            }
            String sha = text(node, "sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw new PackException("pack.verify.manifestInvalid", "sha256 of " + path);
            }
            if (entries.put(path, new Entry(size(node, "size"), sha)) != null) {
                throw new PackException("pack.verify.duplicate", path);
            }
        }
        if (!images.isEmpty() && !entries.containsKey(IMAGES)) {
            throw new PackException("pack.verify.manifestInvalid", "no " + IMAGES);
        }
        Optional<Member> member = Optional.empty();
        JsonNode memberNode = root.get("imagesMember");
        if (memberNode != null) {
            if (!memberNode.isObject() || !entries.containsKey(IMAGES)) {
                throw new PackException("pack.verify.manifestInvalid", "imagesMember");
            }
            String sha = text(memberNode, "sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw new PackException("pack.verify.manifestInvalid", "imagesMember");
            }
            member = Optional.of(new Member(size(memberNode, "size"), sha, size(memberNode, "tailSize")));
        }
        return new PackManifest(format, text(root, "tutorVersion"), created, images, entries, member);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PackException("pack.verify.manifestInvalid", field);
        }
        return value.asText();
    }

    /** A size: a whole number from 0 to {@link EntryPaths#MAX_ENTRY_BYTES}. */
    private static long size(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0
                || value.asLong() > EntryPaths.MAX_ENTRY_BYTES) {
            throw new PackException("pack.verify.manifestInvalid", field);
        }
        return value.asLong();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new PackException("pack.verify.manifestInvalid", field);
        }
        return value;
    }
}
