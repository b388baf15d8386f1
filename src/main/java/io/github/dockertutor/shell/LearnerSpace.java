package io.github.dockertutor.shell;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.cli.CliArguments;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.CourseResources;
import io.github.dockertutor.lesson.LearnerNames;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a learner's place on a shared engine: {@code --prefix NAME} or DOCKERTUTOR_PREFIX (a
 * teacher may set it per learner account), and {@code --port-offset N} or DOCKERTUTOR_PORT_OFFSET.
 * The option wins over the variable.
 */
final class LearnerSpace {
    private LearnerSpace() {
    }

    static Optional<LearnerNames> read(CliArguments cli, Environment environment, Supplier<Course> course)
            throws CliArguments.UsageException {
        String prefix = cli.option("--prefix").orElse(blankToEmpty(environment.get("DOCKERTUTOR_PREFIX"))).trim();
        if (!prefix.isEmpty() && !LearnerNames.validPrefix(prefix)) {
            throw new CliArguments.UsageException("prefix.error.invalid", prefix, LearnerNames.MAX_PREFIX);
        }
        String offsetText = cli.option("--port-offset").orElse(blankToEmpty(environment.get("DOCKERTUTOR_PORT_OFFSET")))
                .trim();
        if (prefix.isEmpty() && offsetText.isEmpty()) {
            return Optional.empty(); // no names of the learner's own: the course need not be read for them
        }
        CourseResources resources = CourseResources.of(course.get());
        int highest = resources.hostPorts().stream().mapToInt(Integer::intValue).max().orElse(0);
        int offset = 0;
        if (!offsetText.isEmpty()) {
            try {
                offset = Integer.parseInt(offsetText);
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0 || highest + offset > 65535) {
                throw new CliArguments.UsageException("prefix.error.offset", offsetText, 65535 - highest);
            }
        }
        Set<String> names = new HashSet<>(resources.containerNames());
        for (String image : resources.imageNames()) {
            // the repository without its tag: my-first-image, whatever tag a step gives it
            names.add(image.replaceFirst(":[^:/]*$", ""));
        }
        return LearnerNames.of(prefix, offset, names, resources.hostPorts());
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
