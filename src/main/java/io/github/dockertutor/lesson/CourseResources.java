package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckField;
import io.github.dockertutor.check.FieldType;
import io.github.dockertutor.dockercli.BuildCommand;
import io.github.dockertutor.dockercli.DockerCommand;
import io.github.dockertutor.dockercli.DockerCommandParser;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockercli.PortMapping;
import io.github.dockertutor.dockercli.RunCommand;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the lessons ask for, read from their solutions: containers named with {@code --name}
 * and images tagged with {@code build -t}. A learner who followed a lesson with the docker CLI
 * made things with these names too, without the tutor's label. Also the host ports the lessons
 * publish ({@code -p 1234:8888}) or check, which learners on a shared engine must not share.
 */
public record CourseResources(Set<String> containerNames, Set<String> imageNames, Set<Integer> hostPorts) {

    public static CourseResources of(Course course) {
        Set<String> containers = new TreeSet<>();
        Set<String> images = new TreeSet<>();
        Set<Integer> ports = new TreeSet<>();
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                for (CheckField field : step.check().kind().fields()) {
                    if (field.type() == FieldType.HOST_PORT && step.check().has(field.name())) {
                        ports.add(step.check().integer(field.name()));
                    }
                }
                for (String line : step.solution().commands()) {
                    if (!line.startsWith("docker ")) {
                        continue;
                    }
                    try {
                        DockerCommand command = DockerCommandParser.parseLine(line);
                        if (command instanceof RunCommand run) {
                            run.container().name().ifPresent(containers::add);
                            for (PortMapping mapping : run.container().publish()) {
                                mapping.hostPorts().filter(PortMapping.PortRange::isSingle)
                                        .ifPresent(range -> ports.add(range.start()));
                            }
                        } else if (command instanceof BuildCommand build) {
                            for (ImageReference tag : build.tags()) {
                                images.add(tag.normalize().familiarName());
                            }
                        }
                    } catch (ParseException e) {
                        // lint reports a broken solution; cleanup just learns nothing from it
                    }
                }
            }
        }
        return new CourseResources(Set.copyOf(containers), Set.copyOf(images), Set.copyOf(ports));
    }
}
