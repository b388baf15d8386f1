package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --env-file} and {@code --label-file} as docker reads them: one {@code NAME=VALUE} a line,
 * taken as written (no quotes removed), blank lines and {@code #} comments skipped; a bare
 * {@code NAME} in an env file takes the value from the tutor's own environment, or is dropped.
 * A relative path is read from the workspace, which is the learner's current folder here.
 */
final class EnvFiles {
    private EnvFiles() {
    }

    /** The variables of the files, in order; empty (and said why) when a file cannot be read. */
    static Optional<List<String>> variables(List<String> files, ShellContext context) {
        List<String> variables = new ArrayList<>();
        for (String file : files) {
            Optional<List<String>> lines = lines(file, context);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            for (String line : lines.get()) {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    String value = context.environment().get(line);
                    if (value != null) {
                        variables.add(line + "=" + value);
                    }
                } else if (equals == 0) {
                    context.say("docker.envFile.badLine", file, line);
                    return Optional.empty();
                } else {
                    variables.add(line);
                }
            }
        }
        return Optional.of(variables);
    }

    /** The labels of label files, as KEY=VALUE (a bare KEY gets an empty value). */
    static Optional<List<String>> labels(List<String> files, ShellContext context) {
        List<String> labels = new ArrayList<>();
        for (String file : files) {
            Optional<List<String>> lines = lines(file, context);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            for (String line : lines.get()) {
                labels.add(line.contains("=") ? line : line + "=");
            }
        }
        return Optional.of(labels);
    }

    private static Optional<List<String>> lines(String file, ShellContext context) {
        Path path = Path.of(file);
        Path resolved = path.isAbsolute() ? path : context.workspace().root().resolve(path).normalize();
        List<String> lines = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(resolved, StandardCharsets.UTF_8)) {
                String line = raw.stripLeading();
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            context.say("docker.envFile.unreadable", file, context.workspace().root());
            return Optional.empty();
        }
        return Optional.of(lines);
    }
}
