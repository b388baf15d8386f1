package io.github.dockertutor.check;

import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.ContainerDetails;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.ShortList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code kind: container}: a container with a name, or from an image, is running / exited (with a
 * code) / absent, publishes a host port to a container port, and logged a text.
 *
 * <p>By {@code image:}, only containers of this lesson count: created since the learner started
 * the lesson, or labelled {@code dockertutor.lesson=<lesson id>} by the tutor. A learner's old,
 * unrelated busybox containers would otherwise pass "run a busybox container" at once, and block
 * "remove your busybox container" forever. By {@code name:}, the name is specific enough.
 */
final class ContainerCheck implements Check {
    static final CheckKind KIND = CheckKind.of("container", ContainerCheck::new,
            CheckField.optional("name", FieldType.CONTAINER_NAME),
            CheckField.optional("image", FieldType.IMAGE),
            CheckField.choice("state", "running", "running", "exited", "absent"),
            CheckField.integer("exitCode", 0, 255),
            CheckField.optional("publishes", FieldType.PORT_PAIR),
            CheckField.optional("logContains", FieldType.TEXT),
            CheckField.optional("interactive", FieldType.BOOLEAN),
            CheckField.optional("mountsWorkspace", FieldType.CONTAINER_PATH),
            CheckField.optional("env", FieldType.TEXT))
            .needingOneOf("name", "image");
    private static final Pattern EXIT_CODE = Pattern.compile("^Exited \\((-?\\d+)\\)");
    /** A log check reads the last lines only: a chatty server must not slow every check down. */
    private static final int LOG_TAIL = 2000;

    private final String name;
    private final String image;
    private final String state;
    private final Integer exitCode;
    private final String publishes;
    private final String logContains;
    private final boolean interactive;
    private final String mountsWorkspace;
    private final String env;

    ContainerCheck(CheckSpec spec) {
        this.name = spec.string("name");
        this.image = spec.string("image");
        this.state = spec.string("state") == null ? "running" : spec.string("state");
        this.exitCode = spec.has("exitCode") ? spec.integer("exitCode") : null;
        this.publishes = spec.string("publishes");
        this.logContains = spec.string("logContains");
        this.interactive = spec.bool("interactive");
        this.mountsWorkspace = spec.string("mountsWorkspace");
        this.env = spec.string("env");
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        Engine engine = context.engine();
        List<ContainerSummary> all = engine.containers(true);
        List<ContainerSummary> candidates = name != null
                ? all.stream().filter(c -> c.name().equals(name)).toList()
                : fromImage(context, all, image);
        String who = name != null ? name : image;
        if (state.equals("absent")) {
            if (candidates.isEmpty()) {
                return CheckResult.passed(name != null ? "check.container.goneNamed" : "check.container.goneFromImage", who);
            }
            return name != null
                    ? CheckResult.failed("check.container.stillNamed", name, stateWord(candidates.get(0).state()))
                    : CheckResult.failed("check.container.stillFromImage", image, ShortList.of(describe(candidates)));
        }
        if (candidates.isEmpty()) {
            return name != null
                    ? CheckResult.failed("check.container.noneNamed", name, ShortList.of(describe(all)))
                    : CheckResult.failed("check.container.noneFromImage", image, ShortList.of(describe(all)));
        }
        List<ContainerSummary> inState = candidates.stream().filter(this::inState).toList();
        if (inState.isEmpty()) {
            ContainerSummary first = candidates.get(0);
            return CheckResult.failed("check.container.state", first.name(), stateWord(first.state()), stateWord(state));
        }
        CheckResult firstFailure = null;
        for (ContainerSummary container : inState) {
            CheckResult result = options(context, container);
            if (result.passed()) {
                return result;
            }
            if (firstFailure == null) {
                firstFailure = result;
            }
        }
        return firstFailure;
    }

    private boolean inState(ContainerSummary container) {
        return state.equals("running") ? container.running() : "exited".equals(container.state());
    }

    private CheckResult options(CheckContext context, ContainerSummary container) {
        Engine engine = context.engine();
        if (exitCode != null) {
            Optional<Integer> code = exitCode(container.status());
            if (code.isEmpty() || !code.get().equals(exitCode)) {
                return CheckResult.failed("check.container.exitCode", container.name(),
                        code.map(String::valueOf).orElse("?"), exitCode);
            }
        }
        if (publishes != null) {
            int host = Integer.parseInt(publishes.substring(0, publishes.indexOf(':')));
            int inside = Integer.parseInt(publishes.substring(publishes.indexOf(':') + 1));
            boolean found = container.ports().stream()
                    .anyMatch(p -> p.hostPort() == host && p.containerPort() == inside && "tcp".equals(p.protocol()));
            if (!found) {
                return CheckResult.failed("check.container.publishes", container.name(), host, inside,
                        ShortList.of(ports(container)));
            }
        }
        if (interactive || mountsWorkspace != null || env != null) {
            Optional<ContainerDetails> details = engine.inspectContainer(container.id());
            if (interactive && !details.map(ContainerDetails::interactive).orElse(false)) {
                return CheckResult.failed("check.container.notInteractive", container.name());
            }
            if (mountsWorkspace != null && !details.map(d -> WorkspaceMount.mounted(d, context.workspace(),
                    mountsWorkspace)).orElse(false)) {
                return CheckResult.failed("check.container.noMount", container.name(), mountsWorkspace,
                        ShortList.of(details.map(WorkspaceMount::describe).orElse(List.of())));
            }
            if (env != null && !details.map(d -> d.env().contains(env)).orElse(false)) {
                return CheckResult.failed("check.container.env", container.name(), env);
            }
        }
        if (logContains != null) {
            StringBuilder log = new StringBuilder();
            engine.logs(container.id(), false, LOG_TAIL, line -> log.append(line).append('\n'), new Cancellation());
            if (log.indexOf(logContains) < 0) {
                return CheckResult.failed("check.container.log", container.name(), logContains);
            }
        }
        return CheckResult.passed("check.container.ok", container.name(), stateWord(container.state()));
    }

    /** Containers from an image that belong to this lesson (see the class comment). */
    static List<ContainerSummary> fromImage(CheckContext context, List<ContainerSummary> all, String image) {
        Engine engine = context.engine();
        Optional<ImageReference> wanted = ImageReference.normalized(image);
        // the ids the wanted image has, and every name of every image, to recognise a container
        // listed by an id or by another tag of the same image
        Set<String> wantedIds = new HashSet<>();
        Map<String, String> idByTag = new HashMap<>();
        for (ImageSummary summary : engine.images()) {
            for (String tag : summary.repoTags()) {
                ImageReference.normalized(tag).ifPresent(tagRef -> {
                    idByTag.put(tagRef.familiarName(), summary.id());
                    if (wanted.isPresent() && wanted.get().equals(tagRef)) {
                        wantedIds.add(summary.id());
                    }
                });
            }
        }
        String lessonId = context.activity().lessonId();
        List<ContainerSummary> fromIt = all.stream()
                .filter(container -> fromWanted(container.image(), wanted, wantedIds, idByTag)).toList();
        // a container the tutor made carries its lesson's label, which decides; one made in another
        // terminal has none and counts when made since the lesson started (the engine's clock is
        // read only then). A container of the lesson before, made a second before this one
        // started, must not count here.
        Predicate<ContainerSummary> labelled = c -> c.labels().containsKey(Engine.LESSON_LABEL);
        Predicate<ContainerSummary> labelledHere = c -> lessonId != null
                && lessonId.equals(c.labels().get(Engine.LESSON_LABEL));
        Predicate<ContainerSummary> ofThisLesson = fromIt.stream().allMatch(labelled) ? labelledHere
                : labelledHere.or(labelled.negate().and(context.createdThisLesson()));
        return fromIt.stream().filter(ofThisLesson).toList();
    }

    private static boolean fromWanted(String listed, Optional<ImageReference> wanted, Set<String> wantedIds,
            Map<String, String> idByTag) {
        if (listed == null || listed.isEmpty()) {
            return false;
        }
        Optional<ImageReference> listedRef = ImageReference.normalized(listed);
        if (wanted.isPresent() && listedRef.isPresent() && wanted.get().equals(listedRef.get())) {
            return true;
        }
        String hex = listed.startsWith("sha256:") ? listed.substring("sha256:".length()) : listed;
        if (hex.matches("[0-9a-f]{12,64}")) {
            return wantedIds.stream().anyMatch(id -> id.substring(id.indexOf(':') + 1).startsWith(hex));
        }
        String otherTagId = listedRef.map(ref -> idByTag.get(ref.familiarName())).orElse(null);
        return otherTagId != null && wantedIds.contains(otherTagId);
    }

    static Optional<Integer> exitCode(String status) {
        Matcher matcher = status == null ? null : EXIT_CODE.matcher(status);
        return matcher != null && matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** "web (running, 8080→80)": a container as a failure message lists it. */
    static List<Message> describe(List<ContainerSummary> containers) {
        List<Message> described = new ArrayList<>();
        for (ContainerSummary container : containers) {
            List<String> ports = ports(container);
            described.add(ports.isEmpty()
                    ? Message.of("check.container.item", container.name(), stateWord(container.state()))
                    : Message.of("check.container.itemPorts", container.name(), stateWord(container.state()),
                            String.join(" ", ports)));
        }
        return described;
    }

    static List<String> ports(ContainerSummary container) {
        List<String> ports = new ArrayList<>();
        for (PortMapping port : container.ports()) {
            String text = port.hostPort() + "→" + port.containerPort() + ("tcp".equals(port.protocol()) ? "" : "/" + port.protocol());
            if (!ports.contains(text)) {
                ports.add(text);
            }
        }
        return ports;
    }

    /** A container state in the learner's language; an unknown one as the engine wrote it. */
    static Object stateWord(String state) {
        return switch (state == null ? "" : state) {
            case "running", "exited", "created", "paused", "restarting", "removing", "dead", "absent" ->
                    Message.of("check.state." + state);
            default -> state;
        };
    }
}
