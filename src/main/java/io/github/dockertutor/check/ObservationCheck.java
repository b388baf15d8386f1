package io.github.dockertutor.check;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.ImageDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: observation}: the learner looked at a listing or a log, in the tutor or in any other
 * terminal, and answered with what it shows ({@code answer first-box}); the answer is compared
 * with the engine's real state, never with what was typed. What to read:
 * <ul>
 *   <li>{@code container-name}: the name of a container from {@code image} ({@code docker ps -a});</li>
 *   <li>{@code image-id}: the first characters, four at least, of {@code ref}'s IMAGE ID
 *       ({@code docker images});</li>
 *   <li>{@code log-match}: what {@code pattern}'s group finds in the log of {@code container}
 *       ({@code docker logs});</li>
 *   <li>{@code command-output}: a line {@code command} prints inside {@code container}
 *       ({@code docker exec}, {@code whoami});</li>
 *   <li>{@code file-match}: what {@code pattern}'s group finds in the workspace file {@code path}
 *       (a result a container wrote).</li>
 * </ul>
 */
final class ObservationCheck implements Check, Observation {
    static final CheckKind KIND = CheckKind.of("observation", ObservationCheck::new,
            CheckField.choice("of", null, "container-name", "image-id", "log-match", "command-output", "file-match")
                    .asRequired(),
            CheckField.optional("image", FieldType.IMAGE),
            CheckField.optional("ref", FieldType.IMAGE),
            CheckField.optional("container", FieldType.CONTAINER_NAME),
            CheckField.optional("pattern", FieldType.PATTERN),
            CheckField.optional("command", FieldType.COMMAND_WORDS),
            CheckField.optional("path", FieldType.WORKSPACE_PATH))
            .needingOneOf("image", "ref", "container", "path");
    /** Fewer characters than this of an id would match too many images to show the learner read it. */
    static final int MIN_ID_CHARS = 4;
    private static final int LOG_TAIL = 2000;

    private final String of;
    private final String image;
    private final String ref;
    private final String container;
    private final Pattern pattern;
    private final List<String> command;
    private final String path;

    ObservationCheck(CheckSpec spec) {
        this.of = spec.string("of");
        this.image = spec.string("image");
        this.ref = spec.string("ref");
        this.container = spec.string("container");
        this.pattern = spec.string("pattern") == null ? null : Pattern.compile(spec.string("pattern"));
        this.command = spec.strings("command");
        this.path = spec.string("path");
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        Optional<String> given = context.activity().answer().map(String::strip).filter(a -> !a.isEmpty());
        if (given.isEmpty()) {
            return CheckResult.failed("check.observation.none");
        }
        String answer = given.get();
        return switch (of) {
            case "container-name" -> containerName(context, answer);
            case "image-id" -> imageId(context.engine(), answer);
            case "command-output" -> commandOutput(context, answer);
            case "file-match" -> fileMatch(context, answer);
            default -> logMatch(context.engine(), answer);
        };
    }

    @Override
    public Optional<String> seen(CheckContext context) {
        return switch (of) {
            case "container-name" -> containers(context).stream().map(ContainerSummary::name).findFirst();
            case "image-id" -> context.engine().inspectImage(ref).map(details -> bareId(details.id()).substring(0, 12));
            case "command-output" -> output(context).stream().reduce((first, last) -> last);
            case "file-match" -> inFile(context).stream().findFirst();
            default -> captures(context.engine()).stream().reduce((first, last) -> last);
        };
    }

    private CheckResult containerName(CheckContext context, String answer) {
        List<ContainerSummary> fromImage = containers(context);
        if (fromImage.stream().anyMatch(c -> c.name().equals(answer))) {
            return CheckResult.passed("check.observation.containerName", answer, image);
        }
        Optional<ContainerSummary> other = context.engine().containers(true).stream()
                .filter(c -> c.name().equals(answer)).findFirst();
        if (other.isPresent()) {
            return CheckResult.failed("check.observation.otherImage", answer, other.get().image(), image);
        }
        return CheckResult.failed(fromImage.isEmpty() ? "check.observation.noContainer" : "check.observation.noSuchName",
                answer, image);
    }

    private List<ContainerSummary> containers(CheckContext context) {
        Engine engine = context.engine();
        return ContainerCheck.fromImage(context, engine.containers(true), image);
    }

    private CheckResult imageId(Engine engine, String answer) {
        Optional<ImageDetails> details = engine.inspectImage(ref);
        if (details.isEmpty()) {
            return CheckResult.failed("check.observation.noImage", ref);
        }
        String typed = bareId(answer.toLowerCase(Locale.ROOT));
        if (typed.length() < MIN_ID_CHARS) {
            return CheckResult.failed("check.observation.idTooShort", answer, MIN_ID_CHARS);
        }
        return bareId(details.get().id()).startsWith(typed)
                ? CheckResult.passed("check.observation.imageId", typed, ref)
                : CheckResult.failed("check.observation.wrongId", answer, ref);
    }

    private CheckResult logMatch(Engine engine, String answer) {
        List<String> found = captures(engine);
        if (found.isEmpty()) {
            return CheckResult.failed("check.observation.nothingLogged", container);
        }
        return found.contains(answer) ? CheckResult.passed("check.observation.logMatch", answer, container)
                : CheckResult.failed("check.observation.notInLog", answer, container);
    }

    /**
     * A command's output inside the container ({@code whoami}): run only when the learner answers,
     * never by the quiet check after every engine event, which the exec's own events would set off
     * again and again.
     */
    private CheckResult commandOutput(CheckContext context, String answer) {
        if (!context.explain()) {
            return CheckResult.failed("check.observation.notAsked");
        }
        List<String> lines = output(context);
        if (lines.isEmpty()) {
            return CheckResult.failed("check.observation.noOutput", container, String.join(" ", command));
        }
        return lines.contains(answer) ? CheckResult.passed("check.observation.commandOutput", answer, container)
                : CheckResult.failed("check.observation.notTheOutput", answer, container, String.join(" ", command));
    }

    private List<String> output(CheckContext context) {
        List<String> lines = new ArrayList<>();
        try {
            context.engine().execAndStream(container, command, false, line -> lines.add(line.strip()),
                    new Cancellation());
        } catch (io.github.dockertutor.engine.EngineException e) {
            return List.of();
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    /** What a workspace file (a result the container wrote) shows: what the pattern's group finds in it. */
    private CheckResult fileMatch(CheckContext context, String answer) {
        List<String> found = inFile(context);
        if (found.isEmpty()) {
            return CheckResult.failed("check.observation.notInFileYet", path);
        }
        return found.contains(answer) ? CheckResult.passed("check.observation.fileMatch", answer, path)
                : CheckResult.failed("check.observation.notInFile", answer, path);
    }

    private List<String> inFile(CheckContext context) {
        WorkspaceFile.Resolved file = WorkspaceFile.resolve(context.workspace(), path, "check.file.missing");
        if (!file.found()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            Matcher matcher = pattern.matcher(WorkspaceFile.read(file.path()));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        } catch (java.io.IOException e) {
            return List.of();
        }
        return found;
    }

    /** What the pattern's group finds in the container's log, line by line, in order. */
    private List<String> captures(Engine engine) {
        List<String> found = new ArrayList<>();
        engine.logs(container, false, LOG_TAIL, line -> {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }, new Cancellation());
        return found;
    }

    private static String bareId(String id) {
        return id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
    }
}
