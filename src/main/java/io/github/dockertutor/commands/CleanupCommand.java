package io.github.dockertutor.commands;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseResources;
import io.github.dockertutor.progress.CreatedOnEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code cleanup}: lists, then removes after a yes, only what the course made: the containers and
 * images the tutor itself created ({@link CreatedOnEngine}, by id), and those with a name the
 * lessons asked for. Not what merely carries the tutor's label: a container run with the plain
 * CLI from {@code my-first-image}, or an image built FROM it, inherits the label and is the
 * learner's. An image goes by the names the course gave it, never by id: a name the learner added
 * ({@code docker tag my-first-image mine:v1}) keeps the image, and so nothing else is touched.
 */
public final class CleanupCommand implements ShellCommand {
    private final Supplier<Course> course;
    private final CreatedOnEngine created;

    /** The course is read when cleanup first runs, not when the shell starts. */
    public CleanupCommand(Supplier<Course> course, CreatedOnEngine created) {
        this.course = course;
        this.created = created;
    }

    @Override
    public String name() {
        return "cleanup";
    }

    /** An image to clean up: the names to take off it, or its id when it has none at all. */
    private record Removal(ImageSummary image, List<String> names) {
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        List<ContainerSummary> containers = new ArrayList<>();
        List<Removal> images = new ArrayList<>();
        CourseResources resources = CourseResources.of(course.get());
        try {
            Set<String> ourContainers = created.containers();
            Map<String, Set<String>> ourImages = created.images();
            List<ContainerSummary> allContainers = context.engine().containers(true);
            for (ContainerSummary container : allContainers) {
                if (ourContainers.contains(container.id()) && sameLearner(container.labels(), context)
                        || resources.containerNames().contains(container.name())) {
                    containers.add(container);
                }
            }
            List<ImageSummary> allImages = context.engine().images();
            for (ImageSummary image : allImages) {
                removal(image, ourImages, resources, context).ifPresent(images::add);
            }
            forgetWhatIsGone(ourContainers, ourImages, allContainers, allImages);
        } catch (EngineException e) {
            EngineFaults.report(e, context);
            return Outcome.CONTINUE;
        }
        if (containers.isEmpty() && images.isEmpty()) {
            context.say("shell.cleanup.nothing");
            return Outcome.CONTINUE;
        }
        context.say("shell.cleanup.header");
        for (ContainerSummary container : containers) {
            context.say("shell.cleanup.container", container.name(), container.image(), state(container, context));
        }
        for (Removal image : images) {
            context.say("shell.cleanup.image", image.names().isEmpty() ? shortId(image.image().id())
                    : String.join(", ", image.names()));
        }
        if (!context.confirm("shell.cleanup.confirm", counted(containers.size(), images.size(), context))) {
            return Outcome.CONTINUE;
        }
        int removedContainers = 0;
        int removedImages = 0;
        List<String> goneContainers = new ArrayList<>();
        List<String> goneImages = new ArrayList<>();
        try {
            for (ContainerSummary container : containers) {
                if (remove(() -> context.engine().removeContainer(container.id(), true), context) > 0) {
                    goneContainers.add(container.id());
                    removedContainers++;
                }
            }
            for (Removal image : images) {
                if (removeImage(image, context, goneImages) > 0) {
                    removedImages++;
                }
            }
        } catch (EngineException e) {
            // the engine went away: said once, not once for every container and image left
            EngineFaults.report(e, context);
        }
        created.forget(goneContainers, goneImages);
        if (removedContainers + removedImages == 0) {
            context.say("shell.cleanup.doneNone");
        } else {
            context.say("shell.cleanup.done", counted(removedContainers, removedImages, context));
        }
        return Outcome.CONTINUE;
    }

    /** "1 container and 2 images", leaving out a kind there is none of: "2 images". */
    static String counted(int containers, int images, ShellContext context) {
        List<String> parts = new ArrayList<>();
        if (containers > 0) {
            parts.add(context.messages().count("shell.cleanup.containers", containers));
        }
        if (images > 0) {
            parts.add(context.messages().count("shell.cleanup.images", images));
        }
        return context.messages().and(parts);
    }

    /** The container's state in the learner's words; the engine's English status for one we have no word for. */
    private static String state(ContainerSummary container, ShellContext context) {
        String key = "shell.cleanup.state." + container.state();
        return context.messages().has(key) ? context.messages().get(key)
                : container.status() == null ? String.valueOf(container.state()) : container.status();
    }

    /**
     * What of an image is the course's: the names the tutor gave it when it built it, and the names
     * the lessons ask for. Untagged, it goes whole only when the tutor built it.
     */
    private java.util.Optional<Removal> removal(ImageSummary image, Map<String, Set<String>> ourImages,
            CourseResources resources, ShellContext context) {
        boolean builtHere = ourImages.containsKey(image.id()) && sameLearner(image.labels(), context);
        Set<String> given = builtHere ? ourImages.get(image.id()) : Set.of();
        List<String> names = new ArrayList<>();
        for (String tag : image.repoTags()) {
            if (given.contains(tag) || resources.imageNames().contains(tag)) {
                names.add(tag);
            }
        }
        if (names.isEmpty() && !(builtHere && image.repoTags().isEmpty())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Removal(image, names));
    }

    /** Takes the course's names off the image, each by name and unforced: the image goes with its last name. */
    private static int removeImage(Removal image, ShellContext context, List<String> gone) {
        if (image.names().isEmpty()) {
            int removed = remove(() -> context.engine().removeImage(image.image().id(), false), context);
            if (removed > 0) {
                gone.add(image.image().id());
            }
            return removed;
        }
        int untagged = 0;
        for (String name : image.names()) {
            untagged += remove(() -> context.engine().removeImage(name, false), context);
        }
        if (untagged == image.image().repoTags().size()) {
            gone.add(image.image().id());
        }
        return untagged > 0 ? 1 : 0;
    }

    /** Ids the record keeps that the engine no longer has: removed since, by the learner or another tool. */
    private void forgetWhatIsGone(Set<String> ourContainers, Map<String, Set<String>> ourImages,
            List<ContainerSummary> allContainers, List<ImageSummary> allImages) {
        Set<String> containerIds = new HashSet<>();
        allContainers.forEach(container -> containerIds.add(container.id()));
        Set<String> imageIds = new HashSet<>();
        allImages.forEach(image -> imageIds.add(image.id()));
        List<String> goneContainers = ourContainers.stream().filter(id -> !containerIds.contains(id)).toList();
        List<String> goneImages = ourImages.keySet().stream().filter(id -> !imageIds.contains(id)).toList();
        if (!goneContainers.isEmpty() || !goneImages.isEmpty()) {
            created.forget(goneContainers, goneImages);
        }
    }

    /**
     * Made by this learner's tutor: on a shared engine, another learner's things are theirs to
     * clean up, even when a data folder is shared.
     */
    private static boolean sameLearner(Map<String, String> labels, ShellContext context) {
        return Objects.equals(labels.get(Engine.LEARNER_LABEL), context.learner().orElse(null));
    }

    private static int remove(Runnable action, ShellContext context) {
        try {
            action.run();
            return 1;
        } catch (EngineException e) {
            if (e.fault() == EngineException.Fault.ENGINE_GONE) {
                throw e;
            }
            if (e.fault() != EngineException.Fault.NOT_FOUND && e.fault() != EngineException.Fault.IMAGE_NOT_FOUND) {
                EngineFaults.report(e, context);
            }
            return 0;
        }
    }

    private static String shortId(String id) {
        String hex = id.replace("sha256:", "");
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
