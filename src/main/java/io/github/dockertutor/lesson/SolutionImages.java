package io.github.dockertutor.lesson;

import io.github.dockertutor.dockercli.BuildCommand;
import io.github.dockertutor.dockercli.CreateCommand;
import io.github.dockertutor.dockercli.DockerCommand;
import io.github.dockertutor.dockercli.DockerCommandParser;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockercli.PullCommand;
import io.github.dockertutor.dockercli.RunCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The images a solution needs from a registry ({@code docker pull/run/create X} and the FROM of a
 * Dockerfile it writes) and the images it builds itself ({@code docker build -t NAME}), read with
 * the shell's own parser so lint sees a command exactly as the tutor would run it.
 */
final class SolutionImages {
    private SolutionImages() {
    }

    /**
     * One image a solution uses.
     *
     * @param reference the normalized full name ({@code docker.io/library/busybox:latest}), for comparing
     * @param shown     the familiar name ({@code busybox:latest}), for messages
     * @param command   the index of the command that uses it, or -1 when a file does
     * @param file      the path of the Dockerfile that names it in FROM, or null when a command does
     */
    record Use(String reference, String shown, int command, String file) {
    }

    /** Every image the commands and files of a solution use, commands first, each in order. */
    static List<Use> uses(List<String> commands, Map<String, String> files) {
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            final int index = i;
            parse(commands.get(i)).flatMap(SolutionImages::usedImage)
                    .ifPresent(image -> uses.add(use(image, index, null)));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (isDockerfile(file.getKey())) {
                for (ImageReference image : fromImages(file.getValue())) {
                    uses.add(use(image, -1, file.getKey()));
                }
            }
        }
        return uses;
    }

    /** The normalized full names a solution's {@code docker build -t NAME} commands give. */
    static Set<String> built(List<String> commands) {
        Set<String> built = new HashSet<>();
        for (String command : commands) {
            if (parse(command).orElse(null) instanceof BuildCommand build) {
                build.tags().forEach(tag -> built.add(tag.normalize().fullName()));
            }
        }
        return built;
    }

    /** A declared or used image's normalized full name, or empty when it is not a valid reference. */
    static Optional<String> normalized(String reference) {
        try {
            return Optional.of(ImageReference.parse(reference.strip()).normalize().fullName());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Use use(ImageReference image, int command, String file) {
        ImageReference normalized = image.normalize();
        return new Use(normalized.fullName(), normalized.familiarName(), command, file);
    }

    private static Optional<DockerCommand> parse(String command) {
        if (!command.strip().startsWith("docker")) {
            return Optional.empty(); // answer b, cat Dockerfile: the tutor's own commands use no image
        }
        try {
            return Optional.of(DockerCommandParser.parseLine(command));
        } catch (ParseException e) {
            return Optional.empty(); // the course test runs every solution; a broken command fails there
        }
    }

    private static Optional<ImageReference> usedImage(DockerCommand command) {
        if (command instanceof PullCommand pull) {
            return Optional.of(pull.image());
        }
        if (command instanceof RunCommand run) {
            return Optional.of(run.container().image());
        }
        if (command instanceof CreateCommand create) {
            return Optional.of(create.container().image());
        }
        return Optional.empty();
    }

    /** Dockerfile, Dockerfile.dev, app.dockerfile: the names docker build -f users give them. */
    static boolean isDockerfile(String path) {
        Path name = Path.of(path).getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile");
    }

    /**
     * The images the FROM lines of a Dockerfile pull: not {@code scratch}, not an earlier stage's
     * name, not a reference built from an ARG (it cannot be known before the build).
     */
    static List<ImageReference> fromImages(String dockerfile) {
        List<ImageReference> images = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        for (String raw : dockerfile.split("\\R")) {
            String line = raw.strip();
            String[] words = line.split("\\s+");
            if (words.length < 2 || !words[0].equalsIgnoreCase("FROM")) {
                continue;
            }
            int at = 1;
            while (at < words.length && words[at].startsWith("--")) {
                at++; // --platform=linux/amd64
            }
            if (at >= words.length) {
                continue;
            }
            String image = words[at];
            boolean earlierStage = stages.contains(image.toLowerCase(Locale.ROOT));
            if (at + 2 < words.length && words[at + 1].equalsIgnoreCase("AS")) {
                stages.add(words[at + 2].toLowerCase(Locale.ROOT));
            }
            if (image.equalsIgnoreCase("scratch") || image.contains("$") || earlierStage) {
                continue;
            }
            try {
                images.add(ImageReference.parse(image));
            } catch (ParseException e) {
                // not an image name: the dockerfile check reports bad FROM lines to the learner
            }
        }
        return images;
    }
}
