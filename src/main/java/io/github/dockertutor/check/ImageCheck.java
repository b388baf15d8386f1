package io.github.dockertutor.check;

import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineEvent;
import io.github.dockertutor.engine.ImageDetails;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.i18n.ShortList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kind: image}: an image with a reference exists (or, with {@code absent}, does not), with
 * a label, an exposed port, a CMD; with {@code cached} / {@code changed}, it was rebuilt during the
 * step and kept / changed its id.
 *
 * <p>A fully cached rebuild leaves no trace in the image itself (same id, same creation time), so
 * {@code cached} reads the engine's events: every build that names an image emits an image
 * {@code tag} event for that name, even when every layer came from the cache, whoever ran it (the
 * tutor or the docker CLI in another terminal). The step's start is recorded on the ENGINE's clock
 * (see {@link #baseline}), so a build just before the step began never counts.
 */
final class ImageCheck implements Check {
    static final CheckKind KIND = CheckKind.of("image", ImageCheck::new,
            CheckField.required("ref", FieldType.IMAGE),
            CheckField.optional("absent", FieldType.BOOLEAN),
            CheckField.optional("label", FieldType.LABEL),
            CheckField.optional("exposes", FieldType.EXPOSED_PORT),
            CheckField.optional("hasCmd", FieldType.BOOLEAN),
            CheckField.optional("cached", FieldType.BOOLEAN),
            CheckField.optional("changed", FieldType.BOOLEAN),
            CheckField.optional("workdir", FieldType.CONTAINER_PATH),
            CheckField.optional("entrypoint", FieldType.COMMAND_WORDS));
    static final String BASELINE_ID = "image.id";
    static final String BASELINE_TIME = "image.engineTime";

    private final String written;
    private final ImageReference ref;
    private final boolean absent;
    private final String label;
    private final String exposes;
    private final boolean hasCmd;
    private final boolean cached;
    private final boolean changed;
    private final String workdir;
    private final List<String> entrypoint;

    ImageCheck(CheckSpec spec) {
        this.written = spec.string("ref");
        this.ref = ImageReference.normalized(written).orElseThrow(() -> new IllegalArgumentException("not an image reference: " + written));
        this.absent = spec.bool("absent");
        this.label = spec.string("label");
        String port = spec.string("exposes");
        this.exposes = port == null || port.contains("/") ? port : port + "/tcp";
        this.hasCmd = spec.bool("hasCmd");
        this.cached = spec.bool("cached");
        this.changed = spec.bool("changed");
        this.workdir = spec.string("workdir");
        this.entrypoint = spec.strings("entrypoint");
    }

    /** For cached / changed: the image's id and the engine's time when the step starts. */
    @Override
    public Map<String, String> baseline(CheckContext context) {
        if (!cached && !changed) {
            return Map.of();
        }
        Map<String, String> baseline = new HashMap<>();
        baseline.put(BASELINE_TIME, EngineClock.format(context.engine().engineTime()));
        baseline.put(BASELINE_ID, find(context.engine()).map(ImageDetails::id).orElse(""));
        return baseline;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        Engine engine = context.engine();
        Optional<ImageDetails> image = find(engine);
        if (absent) {
            return image.isPresent()
                    ? CheckResult.failed("check.image.stillThere", ref, shortId(image.get().id()))
                    : CheckResult.passed("check.image.gone", ref);
        }
        if (image.isEmpty()) {
            return CheckResult.failed("check.image.missing", ref, ShortList.of(allTags(engine)));
        }
        ImageDetails details = image.get();
        if (label != null) {
            String key = label.substring(0, label.indexOf('='));
            String value = label.substring(label.indexOf('=') + 1);
            if (!value.equals(details.labels().get(key))) {
                List<String> labels = details.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .sorted().toList();
                return CheckResult.failed("check.image.label", ref, label, ShortList.of(labels));
            }
        }
        if (exposes != null && !details.exposedPorts().contains(exposes)) {
            return CheckResult.failed("check.image.exposes", ref, exposes, ShortList.of(details.exposedPorts()));
        }
        if (hasCmd && details.cmd().isEmpty()) {
            return CheckResult.failed("check.image.noCmd", ref);
        }
        if (workdir != null && !workdir.equals(details.workdir())) {
            return CheckResult.failed("check.image.workdir", ref, workdir,
                    details.workdir().isEmpty() ? "/" : details.workdir()).because(CheckResult.DOCKERFILE);
        }
        if (!entrypoint.isEmpty() && !CommandWords.match(details.entrypoint(), entrypoint)) {
            return CheckResult.failed("check.image.entrypoint", ref, String.join(" ", entrypoint),
                    details.entrypoint().isEmpty() ? "-" : String.join(" ", details.entrypoint()))
                    .because(CheckResult.DOCKERFILE);
        }
        if (cached || changed) {
            return new Rebuilds(context, ref, details).judge(cached);
        }
        return CheckResult.passed("check.image.ok", ref, shortId(details.id()));
    }

    /**
     * The image this reference names. Inspecting by name is one cheap call; its tags are compared
     * too, because the engine also accepts an id prefix where a name was meant.
     */
    private Optional<ImageDetails> find(Engine engine) {
        return engine.inspectImage(ref.familiarName())
                .filter(details -> details.repoTags().stream().anyMatch(tag -> ImageReference.normalized(tag)
                        .map(ref::equals).orElse(false)));
    }

    private static List<String> allTags(Engine engine) {
        List<String> tags = new ArrayList<>();
        for (ImageSummary image : engine.images()) {
            tags.addAll(image.repoTags());
        }
        tags.sort(null);
        return tags;
    }

    static String shortId(String id) {
        if (id == null || id.isEmpty()) {
            return "-";
        }
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    /** Whether the image was rebuilt during the step, and what that did to its id. */
    private record Rebuilds(CheckContext context, ImageReference ref, ImageDetails now) {

        CheckResult judge(boolean wantCached) {
            Map<String, String> baseline = context.activity().baseline();
            String startId = baseline.get(BASELINE_ID);
            if (!wantCached) {
                return judgeChanged(startId);
            }
            List<EngineEvent> tags = tagsDuringStep(baseline);
            if (tags.isEmpty()) {
                return CheckResult.failed("check.image.notRebuilt", ref);
            }
            String lastId = tags.get(tags.size() - 1).actorId();
            String before = tags.size() >= 2 ? tags.get(tags.size() - 2).actorId() : startId;
            if (before == null) {
                // no baseline (the engine was away when the step began): an image made before the
                // step that a build during the step named again came from the cache
                before = EngineClock.parse(now.created()).map(created -> created.isBefore(stepStart(baseline)))
                        .orElse(false) ? now.id() : "";
            }
            if (bare(lastId).equals(bare(before)) && bare(lastId).equals(bare(now.id()))) {
                return CheckResult.passed("check.image.cached", ref, shortId(now.id()));
            }
            return CheckResult.failed("check.image.notCached", ref, shortId(before), shortId(lastId));
        }

        private CheckResult judgeChanged(String startId) {
            if (startId != null) {
                if (!startId.equals(now.id())) {
                    return CheckResult.passed("check.image.changed", ref, shortId(startId), shortId(now.id()));
                }
                return tagsDuringStep(context.activity().baseline()).isEmpty()
                        ? CheckResult.failed("check.image.notRebuilt", ref)
                        : CheckResult.failed("check.image.sameId", ref, shortId(now.id()));
            }
            // no baseline: a changed rebuild makes a new image, created during the step
            boolean createdDuringStep = EngineClock.parse(now.created())
                    .map(created -> !created.isBefore(stepStart(Map.of()))).orElse(false);
            return createdDuringStep ? CheckResult.passed("check.image.changed", ref, "-", shortId(now.id()))
                    : CheckResult.failed("check.image.notRebuilt", ref);
        }

        private List<EngineEvent> tagsDuringStep(Map<String, String> baseline) {
            Engine engine = context.engine();
            List<EngineEvent> events = engine.events(stepStart(baseline), engine.engineTime(),
                    Map.of("type", List.of("image"), "event", List.of("tag", "build")));
            return events.stream()
                    .map(this::asTagOfThisImage)
                    .flatMap(Optional::stream)
                    .sorted(java.util.Comparator.comparingLong(EngineEvent::timeNano))
                    .toList();
        }

        /**
         * Docker tags the name at every build, cached or not. Podman tags it only when the id
         * changes; every build emits a {@code build} event instead, with the image's id as its
         * name and no actor. Such an event that built the image this name points to now is
         * read as a tag of it (Docker sends no build events).
         */
        /** An image id without its "sha256:": Podman's events name ids without it, its inspect with it. */
        private static String bare(String id) {
            return id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        }

        private Optional<EngineEvent> asTagOfThisImage(EngineEvent event) {
            if (event.action().equals("tag")) {
                return ImageReference.normalized(event.name()).filter(ref::equals).map(name -> event);
            }
            return bare(event.name()).equals(bare(now.id()))
                    ? Optional.of(new EngineEvent(event.type(), "tag", now.id(), event.attributes(), event.timeNano()))
                    : Optional.empty();
        }

        private java.time.Instant stepStart(Map<String, String> baseline) {
            return Optional.ofNullable(baseline.get(BASELINE_TIME)).flatMap(EngineClock::parse)
                    .orElse(java.time.Instant.ofEpochMilli(context.activity().stepStartedMillis()));
        }
    }
}
