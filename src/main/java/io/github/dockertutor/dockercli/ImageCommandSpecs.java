package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/** The specs of the image commands the tutor runs: pull, push, images, build, rmi, prune, tag, history, save, load, inspect. */
final class ImageCommandSpecs {
    static final CommandSpec PULL = new CommandSpec("image pull", "pull", "[OPTIONS] NAME[:TAG|@DIGEST]",
            "docker.cmd.pull",
            List.of(CommonFlags.PLATFORM, FlagSpec.bool("quiet", 'q', "docker.flag.pull.quiet")),
            Arity.exactly(1), true,
            a -> new PullCommand(ImageReference.parse(a.positionals().get(0)), a.bool("quiet"), a.string("platform")));

    static final CommandSpec PUSH = new CommandSpec("image push", "push", "[OPTIONS] NAME[:TAG]", "docker.cmd.push",
            List.of(FlagSpec.bool("all-tags", 'a', "docker.flag.push.allTags"),
                    FlagSpec.bool("quiet", 'q', "docker.flag.push.quiet")),
            Arity.exactly(1), true,
            a -> push(a));

    static final CommandSpec IMAGES = new CommandSpec("image ls", "images", "[OPTIONS] [REPOSITORY[:TAG]]",
            "docker.cmd.images",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.images.all"),
                    FlagSpec.bool("digests", (char) 0, "docker.flag.images.digests"), CommonFlags.FILTER,
                    CommonFlags.FORMAT, CommonFlags.NO_TRUNC, FlagSpec.bool("quiet", 'q', "docker.flag.images.quiet")),
            Arity.atMost(1), true,
            a -> new ImagesCommand(a.positionals().stream().findFirst(), a.bool("all"), a.bool("quiet"),
                    a.list("filter", ListFilter.class), CommonFlags.format(a), a.bool("no-trunc"), a.bool("digests")));

    static final CommandSpec BUILD = new CommandSpec("image build", "build", "[OPTIONS] PATH | URL | -",
            "docker.cmd.build",
            List.of(FlagSpec.list("tag", 't', "docker.flag.build.tag", ImageCommandSpecs::tagTarget),
                    FlagSpec.string("file", 'f', "docker.flag.build.file", ValueParser.TEXT),
                    FlagSpec.list("build-arg", (char) 0, "docker.flag.build.buildArg", EnvVar::parse),
                    FlagSpec.string("target", (char) 0, "docker.flag.build.target", ValueParser.TEXT),
                    FlagSpec.bool("no-cache", (char) 0, "docker.flag.build.noCache"),
                    FlagSpec.bool("pull", (char) 0, "docker.flag.build.pull"),
                    FlagSpec.list("label", (char) 0, "docker.flag.build.label", Label::parse),
                    FlagSpec.bool("rm", (char) 0, "docker.flag.build.rm"),
                    FlagSpec.bool("force-rm", (char) 0, "docker.flag.build.forceRm"),
                    FlagSpec.bool("quiet", 'q', "docker.flag.build.quiet"),
                    CommonFlags.PLATFORM),
            Arity.exactly(1), true,
            a -> new BuildCommand(a.positionals().get(0), a.list("tag", ImageReference.class), a.string("file"),
                    a.list("build-arg", EnvVar.class), a.bool("no-cache"), a.bool("quiet"), a.string("platform"),
                    CommonFlags.nonEmpty(a.string("target")), a.bool("pull"), a.list("label", Label.class),
                    a.boolOr("rm", true), a.bool("force-rm")));

    static final CommandSpec RMI = new CommandSpec("image rm", "rmi", "[OPTIONS] IMAGE [IMAGE...]", "docker.cmd.rmi",
            List.of(FlagSpec.bool("force", 'f', "docker.flag.rmi.force"),
                    FlagSpec.bool("no-prune", (char) 0, "docker.flag.rmi.noPrune")),
            Arity.atLeast(1), true,
            a -> new RmiCommand(a.positionals(), a.bool("force"), a.bool("no-prune")));

    static final CommandSpec IMAGE_PRUNE = new CommandSpec("image prune", "prune", "[OPTIONS]", "docker.cmd.imagePrune",
            List.of(FlagSpec.bool("all", 'a', "docker.flag.prune.all"), CommonFlags.FILTER_LONG,
                    CommonFlags.FORCE_PRUNE),
            Arity.none(), true,
            a -> PruneCommand.of(PruneCommand.Target.IMAGES, a.bool("all"), a.bool("force"), false,
                    a.list("filter", ListFilter.class)));

    static final CommandSpec TAG = new CommandSpec("image tag", "tag", "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
            "docker.cmd.tag", List.of(), Arity.exactly(2), true,
            a -> new TagCommand(ImageReference.parse(a.positionals().get(0)), tagTarget(a.positionals().get(1))));

    static final CommandSpec HISTORY = new CommandSpec("image history", "history", "[OPTIONS] IMAGE",
            "docker.cmd.history",
            List.of(CommonFlags.FORMAT, FlagSpec.bool("human", 'H', "docker.flag.history.human"),
                    CommonFlags.NO_TRUNC, CommonFlags.QUIET_IDS),
            Arity.exactly(1), true,
            a -> new ImageToolCommand.History(a.positionals().get(0), a.boolOr("human", true), a.bool("no-trunc"),
                    a.bool("quiet"), CommonFlags.format(a)));

    static final CommandSpec SAVE = new CommandSpec("image save", "save", "[OPTIONS] IMAGE [IMAGE...]", "docker.cmd.save",
            List.of(FlagSpec.string("output", 'o', "docker.flag.save.output", ValueParser.TEXT)),
            Arity.atLeast(1), true,
            a -> new ImageToolCommand.Save(a.positionals(), CommonFlags.nonEmpty(a.string("output"))));

    static final CommandSpec LOAD = new CommandSpec("image load", "load", "[OPTIONS]", "docker.cmd.load",
            List.of(FlagSpec.string("input", 'i', "docker.flag.load.input", ValueParser.TEXT)),
            Arity.none(), true,
            a -> new ImageToolCommand.Load(CommonFlags.nonEmpty(a.string("input"))));

    static final CommandSpec LOGIN = new CommandSpec("login", "login", "[OPTIONS] [SERVER]", "docker.cmd.login",
            List.of(FlagSpec.string("password", 'p', "docker.flag.login.password", ValueParser.TEXT),
                    FlagSpec.string("username", 'u', "docker.flag.login.username", ValueParser.TEXT)),
            Arity.atMost(1), true,
            a -> new ImageToolCommand.Login(a.positionals().stream().findFirst(), CommonFlags.nonEmpty(a.string("username")),
                    a.string("password")));

    static final CommandSpec LOGOUT = new CommandSpec("logout", "logout", "[SERVER]", "docker.cmd.logout",
            List.of(), Arity.atMost(1), true,
            a -> new ImageToolCommand.Logout(a.positionals().stream().findFirst()));

    static final CommandSpec INSPECT = new CommandSpec("inspect", "inspect", "[OPTIONS] NAME|ID [NAME|ID...]",
            "docker.cmd.inspect",
            List.of(CommonFlags.TEMPLATE, FlagSpec.bool("size", 's', "docker.flag.inspect.size"),
                    FlagSpec.string("type", (char) 0, "docker.flag.inspect.type", ImageCommandSpecs::inspectType)),
            Arity.atLeast(1), true,
            ImageCommandSpecs::inspect);

    static final CommandSpec IMAGE_INSPECT = new CommandSpec("image inspect", "inspect", "[OPTIONS] IMAGE [IMAGE...]",
            "docker.cmd.imageInspect", List.of(CommonFlags.TEMPLATE), Arity.atLeast(1), true,
            a -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.IMAGE), CommonFlags.format(a),
                    false));

    // the --type values docker knows but the tutor has nothing to show for
    private static final List<String> OTHER_INSPECT_TYPES = List.of("config", "node", "plugin", "secret", "service",
            "task");

    private ImageCommandSpecs() {
    }

    /** A name given to an image (-t, docker tag's target) cannot carry a digest: a digest is computed, not chosen. */
    static ImageReference tagTarget(String text) throws ParseException {
        ImageReference reference = ImageReference.parse(text);
        if (reference.digest().isPresent()) {
            throw ParseException.of("parse.image.digestNotAllowed", text);
        }
        return reference;
    }

    private static DockerCommand push(ParsedArguments a) throws ParseException {
        ImageReference image = ImageReference.parse(a.positionals().get(0));
        if (image.digest().isPresent()) {
            throw ParseException.of("parse.image.digestNotAllowed", a.positionals().get(0));
        }
        if (a.bool("all-tags") && image.tag().isPresent()) {
            throw ParseException.of("parse.push.tagWithAll", a.positionals().get(0));
        }
        return new ImageToolCommand.Push(image, a.bool("all-tags"), a.bool("quiet"));
    }

    private static Object inspectType(String raw) throws ParseException {
        if (raw.isEmpty() || raw.equals("container") || raw.equals("image") || raw.equals("network")
                || raw.equals("volume") || OTHER_INSPECT_TYPES.contains(raw)) {
            return raw;
        }
        throw ParseException.of("parse.inspect.type", raw);
    }

    private static DockerCommand inspect(ParsedArguments a) {
        Optional<String> type = a.string("type");
        Optional<OutputFormat> format = CommonFlags.format(a);
        if (type.isEmpty() || type.get().isEmpty()) {
            return new InspectCommand(a.positionals(), Optional.empty(), format, a.bool("size"));
        }
        return switch (type.get()) {
            case "container" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.CONTAINER), format,
                    a.bool("size"));
            case "image" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.IMAGE), format, false);
            case "network" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.NETWORK), format, false);
            case "volume" -> new InspectCommand(a.positionals(), Optional.of(InspectCommand.Type.VOLUME), format, false);
            default -> new NotRunHere(a.commandPath() + " --type " + type.get());
        };
    }
}
