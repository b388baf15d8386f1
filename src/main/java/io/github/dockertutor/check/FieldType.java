package io.github.dockertutor.check;

import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a field of a check holds, and so how lesson.yaml writes it, what values are valid, and
 * what a learner's space on a shared engine ({@code --prefix}, {@code --port-offset}) changes in
 * it. One table, read by the loader, the linter, the learner's space and the format documents.
 */
public enum FieldType {
    /** Any text that is not empty. */
    TEXT(Shape.TEXT),
    /** {@code true} or {@code false}. */
    BOOLEAN(Shape.BOOLEAN),
    /** A whole number, within the field's range. */
    INTEGER(Shape.INTEGER),
    /** One of the field's choices. */
    CHOICE(Shape.TEXT),
    /** An image reference as docker reads it: {@code busybox}, {@code my-first-image:1.0}. */
    IMAGE(Shape.TEXT),
    /** A container's name (a learner's prefix goes before it on a shared engine). */
    CONTAINER_NAME(Shape.TEXT),
    /** A port on the learner's machine, 1-65535 (moved by a learner's port offset). */
    HOST_PORT(Shape.INTEGER),
    /** {@code HOST:CONTAINER} port numbers, like {@code 1234:8888}. */
    PORT_PAIR(Shape.TEXT),
    /** A port an image exposes, with or without protocol: {@code 8080}, {@code 8080/tcp}. */
    EXPOSED_PORT(Shape.TEXT),
    /** A label as {@code key=value}. */
    LABEL(Shape.TEXT),
    /** A path in the learner's workspace, relative and portable. */
    WORKSPACE_PATH(Shape.TEXT),
    /** The path of a URL, starting with {@code /}. */
    URL_PATH(Shape.TEXT),
    /** A file's path inside a container or image, absolute: {@code /www/index.html}. */
    CONTAINER_PATH(Shape.TEXT),
    /** One letter, the answer to a quiz (case does not matter). */
    LETTER(Shape.TEXT),
    /** A list of Dockerfile instruction words ({@code FROM}, {@code COPY}…). */
    INSTRUCTIONS(Shape.TEXT_LIST),
    /** A regular expression with one group, which picks what a line shows: {@code response:(\\d+)}. */
    PATTERN(Shape.TEXT),
    /** A list of {@code SOURCE DESTINATION} pairs a Dockerfile must copy: {@code index.html /www/index.html}. */
    COPIES(Shape.TEXT_LIST),
    /** The words a command must have: its program first, then runs of words that must stand together. */
    COMMAND_WORDS(Shape.TEXT_LIST);

    /** How a value is written in YAML. */
    public enum Shape {
        TEXT, BOOLEAN, INTEGER, TEXT_LIST
    }

    private static final Set<String> DOCKERFILE_INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL", "MAINTAINER");
    private static final Pattern LABEL_TEXT = Pattern.compile("[^=\\s]+=.*");
    private static final Pattern EXPOSED = Pattern.compile("([0-9]{1,5})(?:/(?:tcp|udp|sctp))?");
    private static final Pattern PAIR = Pattern.compile("([0-9]{1,5}):([0-9]{1,5})");
    private static final Pattern ONE_LETTER = Pattern.compile("[a-zA-Z]");

    private final Shape shape;

    FieldType(Shape shape) {
        this.shape = shape;
    }

    public Shape shape() {
        return shape;
    }

    /** The type's name in the format documents: {@code container-name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The value as the check will use it (a letter in lower case, instructions in upper case, a
     * listing with single spaces), or the problem that makes it invalid for this field.
     */
    public Result read(CheckField field, Object value) {
        return switch (this) {
            case TEXT -> Result.ok(value);
            case BOOLEAN -> Result.ok(value);
            case INTEGER, HOST_PORT -> {
                int number = (Integer) value;
                int min = this == HOST_PORT ? 1 : field.min();
                int max = this == HOST_PORT ? 65535 : field.max();
                yield number < min || number > max
                        ? Result.problem("lint.check.range", field.name(), min, max, number) : Result.ok(number);
            }
            case CHOICE -> field.choices().contains(value) ? Result.ok(value)
                    : Result.problem("lint.check.enum", field.name(), String.join(", ", field.choices()), value);
            case IMAGE -> ImageReference.read((String) value).isPresent() ? Result.ok(value)
                    : Result.problem("lint.check.image", value);
            case CONTAINER_NAME -> Result.ok(value);
            case PORT_PAIR -> {
                Matcher matcher = PAIR.matcher((String) value);
                yield matcher.matches() && isPort(matcher.group(1)) && isPort(matcher.group(2))
                        ? Result.ok(value) : Result.problem("lint.check.publishes", value);
            }
            case EXPOSED_PORT -> {
                Matcher matcher = EXPOSED.matcher((String) value);
                yield matcher.matches() && isPort(matcher.group(1)) ? Result.ok(value)
                        : Result.problem("lint.check.exposes", value);
            }
            case LABEL -> LABEL_TEXT.matcher((String) value).matches() ? Result.ok(value)
                    : Result.problem("lint.check.label", value);
            case WORKSPACE_PATH -> Workspace.isPortableRelative((String) value) ? Result.ok(value)
                    : Result.problem("lint.path.outside", value);
            case URL_PATH -> ((String) value).startsWith("/") ? Result.ok(value)
                    : Result.problem("lint.check.httpPath", value);
            case CONTAINER_PATH -> ((String) value).startsWith("/") ? Result.ok(value)
                    : Result.problem("lint.check.containerPath", value);
            case LETTER -> ONE_LETTER.matcher((String) value).matches()
                    ? Result.ok(((String) value).toLowerCase(Locale.ROOT)) : Result.problem("lint.check.letter", value);
            case INSTRUCTIONS -> instructions(value);
            case COPIES -> {
                for (Object pair : (List<?>) value) {
                    String[] parts = pair.toString().strip().split("\\s+");
                    if (parts.length != 2 || !parts[1].startsWith("/")) {
                        yield Result.problem("lint.check.copies", pair);
                    }
                }
                yield Result.ok(List.copyOf((List<?>) value));
            }
            case COMMAND_WORDS -> ((List<?>) value).isEmpty() ? Result.problem("lint.check.commandWords")
                    : Result.ok(List.copyOf((List<?>) value));
            case PATTERN -> pattern((String) value);
        };
    }

    private static Result instructions(Object value) {
        List<String> upper = new ArrayList<>();
        for (Object word : (List<?>) value) {
            String instruction = word.toString().strip().toUpperCase(Locale.ROOT);
            if (!DOCKERFILE_INSTRUCTIONS.contains(instruction)) {
                return Result.problem("lint.check.instruction", word);
            }
            upper.add(instruction);
        }
        return Result.ok(List.copyOf(upper));
    }

    private static Result pattern(String text) {
        try {
            int groups = java.util.regex.Pattern.compile(text).matcher("").groupCount();
            return groups == 1 ? Result.ok(text) : Result.problem("lint.check.pattern", text);
        } catch (java.util.regex.PatternSyntaxException e) {
            return Result.problem("lint.check.pattern", text);
        }
    }

    private static boolean isPort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535;
    }

    /** A valid value, or the message key and arguments of what is wrong with it. */
    public record Result(Object value, Optional<FieldProblem> problem) {
        static Result ok(Object value) {
            return new Result(value, Optional.empty());
        }

        static Result problem(String key, Object... args) {
            return new Result(null, Optional.of(new FieldProblem(key, List.of(args))));
        }
    }
}
