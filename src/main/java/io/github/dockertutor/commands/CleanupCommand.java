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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cleanup}: lists, then removes after a yes, only what the course made: containers and
 * images that carry the tutor's label, or that have a name the lessons asked for. Images the
 * learner merely pulled (busybox) and everything else on the engine stay.
 */
public final class CleanupCommand implements ShellCommand {
    private final CourseResources resources;

    public CleanupCommand(Course course) {
        this.resources = CourseResources.of(course);
    }

    @Override
    public String name() {
        return "cleanup";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        List<ContainerSummary> containers = new ArrayList<>();
        List<ImageSummary> images = new ArrayList<>();
        try {
            for (ContainerSummary container : context.engine().containers(true)) {
                if (ours(container.labels(), context)
                        || resources.containerNames().contains(container.name())) {
                    containers.add(container);
                }
            }
            for (ImageSummary image : context.engine().images()) {
                if (ours(image.labels(), context)
                        || image.repoTags().stream().anyMatch(resources.imageNames()::contains)) {
                    images.add(image);
                }
            }
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
        for (ImageSummary image : images) {
            context.say("shell.cleanup.image", image.repoTags().isEmpty() ? shortId(image.id())
                    : String.join(", ", image.repoTags()));
        }
        if (!context.confirm("shell.cleanup.confirm", counted(containers.size(), images.size(), context))) {
            return Outcome.CONTINUE;
        }
        int removedContainers = 0;
        int removedImages = 0;
        try {
            for (ContainerSummary container : containers) {
                removedContainers += remove(() -> context.engine().removeContainer(container.id(), true), context);
            }
            for (ImageSummary image : images) {
                removedImages += remove(() -> context.engine().removeImage(image.id(), true), context);
            }
        } catch (EngineException e) {
            // the engine went away: said once, not once for every container and image left
            EngineFaults.report(e, context);
        }
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
     * Made by a tutor, and by this learner's: on a shared engine, another learner's labelled
     * things are theirs to clean up, and a tutor without a prefix leaves all learners' alone.
     */
    private static boolean ours(java.util.Map<String, String> labels, ShellContext context) {
        return labels.containsKey(Engine.LESSON_LABEL)
                && java.util.Objects.equals(labels.get(Engine.LEARNER_LABEL), context.learner().orElse(null));
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
