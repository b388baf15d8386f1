package io.github.dockertutor.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.JsonFiles;
import io.github.dockertutor.base.SmallFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tutor itself created on the engine, by id, in {@code created.json} in the data folder:
 * the containers it created and the images it built, with the names it gave them. {@code cleanup}
 * removes exactly these (and what the lessons name), not what merely carries the tutor's label: a
 * label on an image is inherited by every container run from it and every image built FROM it,
 * with the plain docker CLI too, and those are the learner's.
 *
 * <p>The file is the record; what cannot be written to it (a full or read-only folder) is kept in
 * memory until it can, so cleanup in the same session still finds it. Several tutors may share
 * the folder: each change is a read, change and write under a lock. Nothing here throws: a record
 * that cannot be kept only makes cleanup remove less.
 */
public final class CreatedOnEngine {
    public static final String FILE_NAME = "created.json";
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Enough for years of a course; the oldest go first beyond it (the engine has long removed them). */
    static final int MAX_ENTRIES = 5000;
    private static final String COMMENT = "dockertutor: containers and images it created, for 'cleanup' — safe to delete";

    private final Path file;
    private final FolderLock lock;
    /** What could not be written yet (a full or read-only folder): still found by cleanup in this session. */
    private final Record unsaved = new Record();

    public CreatedOnEngine(Path directory) {
        this.file = directory.resolve(FILE_NAME);
        this.lock = new FolderLock(directory.resolve("created.lock"));
    }

    public static CreatedOnEngine forEnvironment(Environment environment) {
        return new CreatedOnEngine(environment.dataDirectory());
    }

    /** The ids of containers, and of images with the names given them: the record's content. */
    private static final class Record {
        final Set<String> containers = new LinkedHashSet<>();
        final Map<String, Set<String>> images = new LinkedHashMap<>();

        void addAll(Record other) {
            containers.addAll(other.containers);
            other.images.forEach((id, names) -> images.computeIfAbsent(id, key -> new LinkedHashSet<>()).addAll(names));
        }

        void removeAll(Collection<String> containerIds, Collection<String> imageIds) {
            containers.removeAll(containerIds);
            imageIds.forEach(images::remove);
        }
    }

    /** The tutor created this container. */
    public synchronized void container(String id) {
        unsaved.containers.add(id);
        update(record -> { });
    }

    /** The tutor built this image and gave it these names. */
    public synchronized void image(String id, Collection<String> names) {
        unsaved.images.computeIfAbsent(id, key -> new LinkedHashSet<>()).addAll(names);
        update(record -> { });
    }

    /** The ids of the containers the tutor created, as far as anyone knows. */
    public synchronized Set<String> containers() {
        return Set.copyOf(current().containers);
    }

    /** The images the tutor built: id to the names it gave them. */
    public synchronized Map<String, Set<String>> images() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        current().images.forEach((id, names) -> copy.put(id, Set.copyOf(names)));
        return copy;
    }

    /** These are gone from the engine (removed, or no longer there): no longer worth remembering. */
    public synchronized void forget(Collection<String> containerIds, Collection<String> imageIds) {
        unsaved.removeAll(containerIds, imageIds);
        update(record -> record.removeAll(containerIds, imageIds));
    }

    /** What the file holds, and what this tutor could not write to it yet. */
    private Record current() {
        Record record = new Record();
        try {
            lock.whileHeld(() -> {
                record.addAll(read());
                return null;
            });
        } catch (IOException | RuntimeException e) {
            // what this tutor holds is what there is
        }
        record.addAll(unsaved);
        return record;
    }

    /**
     * Under the lock: reads the file (another tutor may have written it), adds what this tutor has
     * not written yet, applies {@code change} and writes the whole; once written, nothing is unsaved.
     */
    private void update(java.util.function.Consumer<Record> change) {
        try {
            Files.createDirectories(file.getParent());
            lock.whileHeld(() -> {
                Record record = read();
                record.addAll(unsaved);
                change.accept(record);
                trim(record);
                new AtomicFile(file).write(toJson(record));
                return null;
            });
            unsaved.containers.clear();
            unsaved.images.clear();
        } catch (IOException | RuntimeException e) {
            // kept in memory: cleanup in this session still finds it
        }
    }

    private Record read() {
        Record record = new Record();
        if (!Files.exists(file)) {
            return record;
        }
        try {
            JsonNode root = JsonFiles.read(new String(SmallFile.withoutBom(SmallFile.read(file, MAX_BYTES)),
                    StandardCharsets.UTF_8));
            for (JsonNode id : root.path("containers")) {
                if (id.isTextual()) {
                    record.containers.add(id.asText());
                }
            }
            for (JsonNode image : root.path("images")) {
                if (image.path("id").isTextual()) {
                    Set<String> names = record.images.computeIfAbsent(image.path("id").asText(),
                            key -> new LinkedHashSet<>());
                    image.path("names").forEach(name -> names.add(name.asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged record is only a shorter one: cleanup removes less, never more
        }
        return record;
    }

    private static void trim(Record record) {
        while (record.containers.size() > MAX_ENTRIES) {
            record.containers.remove(record.containers.iterator().next());
        }
        while (record.images.size() > MAX_ENTRIES) {
            record.images.remove(record.images.keySet().iterator().next());
        }
    }

    private static byte[] toJson(Record record) {
        ObjectNode root = JsonFiles.object();
        root.put("_comment", COMMENT);
        root.put("format", 1);
        ArrayNode containerArray = root.putArray("containers");
        record.containers.forEach(containerArray::add);
        ArrayNode imageArray = root.putArray("images");
        record.images.forEach((id, names) -> {
            ObjectNode image = imageArray.addObject();
            image.put("id", id);
            ArrayNode nameArray = image.putArray("names");
            List.copyOf(names).forEach(nameArray::add);
        });
        return JsonFiles.write(root);
    }
}
