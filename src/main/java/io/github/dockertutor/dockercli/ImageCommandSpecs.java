package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** The specs of the image subcommands the tutor runs: pull, images, build, rmi, image prune, tag, and the three inspects. */
final class ImageCommandSpecs {
    static final FlagSpec PLATFORM = FlagSpec.string("platform", (char) 0, "docker.flag.platform", ValueParser.TEXT);

    static final CommandSpec PULL = new CommandSpec("pull", "[OPTIONS] NAME[:TAG|@DIGEST]", "docker.cmd.pull",
            List.of(FlagSpec.bool("quiet", 'q', "docker.flag.pull.quiet"), PLATFORM),
            Arity.exactly(1), true,
            a -> new PullCommand(ImageReference.parse(a.positionals().get(0)), a.bool("quiet"), a.string("platform")));

    static final CommandSpec IMAGES = new CommandSpec("images", "[OPTIONS] [REPOSITORY[:TAG]]", "docker.cmd.images",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.images.all"),
                    FlagSpec.bool("quiet", 'q', "docker.flag.images.quiet")),
            Arity.atMost(1), true,
            a -> new ImagesCommand(a.positionals().stream().findFirst(), a.bool("all"), a.bool("quiet")));

    static final CommandSpec BUILD = new CommandSpec("build", "[OPTIONS] PATH | URL | -", "docker.cmd.build",
            List.of(FlagSpec.list("tag", 't', "docker.flag.build.tag", ImageCommandSpecs::tagTarget),
                    FlagSpec.string("file", 'f', "docker.flag.build.file", ValueParser.TEXT),
                    FlagSpec.list("build-arg", (char) 0, "docker.flag.build.buildArg", EnvVar::parse),
                    FlagSpec.bool("no-cache", (char) 0, "docker.flag.build.noCache"),
                    FlagSpec.bool("quiet", 'q', "docker.flag.build.quiet"),
                    PLATFORM),
            Arity.exactly(1), true,
            a -> new BuildCommand(a.positionals().get(0), a.list("tag", ImageReference.class), a.string("file"),
                    a.list("build-arg", EnvVar.class), a.bool("no-cache"), a.bool("quiet"), a.string("platform")));

    static final CommandSpec RMI = new CommandSpec("rmi", "[OPTIONS] IMAGE [IMAGE...]", "docker.cmd.rmi",
            List.of(FlagSpec.bool("force", 'f', "docker.flag.rmi.force")),
            Arity.atLeast(1), true,
            a -> new RmiCommand(a.positionals(), a.bool("force")));

    static final CommandSpec IMAGE_PRUNE = new CommandSpec("prune", "[OPTIONS]", "docker.cmd.imagePrune",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.prune.all"),
                    FlagSpec.list("filter", (char) 0, "docker.flag.prune.filter", PruneFilter::parse),
                    FlagSpec.bool("force", 'f', "docker.flag.prune.force")),
            Arity.none(), true,
            a -> ImagePruneCommand.of(a.bool("all"), a.bool("force"), a.list("filter", PruneFilter.class)));

    static final CommandSpec TAG = new CommandSpec("tag", "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "docker.cmd.tag",
            List.of(), Arity.exactly(2), true,
            a -> new TagCommand(ImageReference.parse(a.positionals().get(0)), tagTarget(a.positionals().get(1))));

    static final CommandSpec INSPECT = new CommandSpec("inspect", "[OPTIONS] NAME|ID [NAME|ID...]", "docker.cmd.inspect",
            List.of(FlagSpec.string("type", (char) 0, "docker.flag.inspect.type", ImageCommandSpecs::inspectType)),
            Arity.atLeast(1), true,
            ImageCommandSpecs::inspect);

    static final CommandSpec IMAGE_INSPECT = new CommandSpec("inspect", "[OPTIONS] IMAGE [IMAGE...]",
            "docker.cmd.imageInspect", List.of(), Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.IMAGE)));

    static final CommandSpec CONTAINER_INSPECT = new CommandSpec("inspect", "[OPTIONS] CONTAINER [CONTAINER...]",
            "docker.cmd.containerInspect", List.of(), Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.CONTAINER)));

    // the --type values docker knows but the tutor has nothing to show for
    private static final List<String> OTHER_INSPECT_TYPES =
            List.of("config", "network", "node", "plugin", "secret", "service", "task", "volume");

    private ImageCommandSpecs() {
    }

    /** A name given to an image (-t, docker tag's target) cannot carry a digest: a digest is computed, not chosen. */
    private static ImageReference tagTarget(String text) throws ParseException {
        ImageReference reference = ImageReference.parse(text);
        if (reference.digest().isPresent()) {
            throw ParseException.of("parse.image.digestNotAllowed", text);
        }
        return reference;
    }

    private static Object inspectType(String raw) throws ParseException {
        if (raw.isEmpty() || raw.equals("container") || raw.equals("image") || OTHER_INSPECT_TYPES.contains(raw)) {
            return raw;
        }
        throw ParseException.of("parse.inspect.type", raw);
    }

    private static DockerCommand inspect(ParsedArguments a) {
        Optional<String> type = a.string("type");
        if (type.isEmpty() || type.get().isEmpty()) {
            return new InspectCommand(a.positionals(), Optional.empty());
        }
        return switch (type.get()) {
            case "container" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.CONTAINER));
            case "image" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.IMAGE));
            default -> new NotRunHere(a.commandPath() + " --type " + type.get());
        };
    }
}
