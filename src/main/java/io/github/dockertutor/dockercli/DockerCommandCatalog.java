package io.github.dockertutor.dockercli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which docker subcommands exist and what the tutor does with each: the ones it runs (with their
 * specs, under every name docker accepts), and the real ones it leaves to a real terminal.
 * Help and completion list commands from here.
 */
public final class DockerCommandCatalog {
    /** {@code --help}, which every command accepts but no spec lists, for completers and help footers. */
    public static final FlagSpec HELP = FlagSpec.bool("help", (char) 0, "docker.flag.help");

    private static final Map<String, CommandSpec> TOP_LEVEL = ordered(
            "run", ContainerCommandSpecs.RUN,
            "exec", ContainerCommandSpecs.EXEC,
            "ps", ContainerCommandSpecs.PS,
            "build", ImageCommandSpecs.BUILD,
            "pull", ImageCommandSpecs.PULL,
            "push", ImageCommandSpecs.PUSH,
            "images", ImageCommandSpecs.IMAGES,
            "login", ImageCommandSpecs.LOGIN,
            "logout", ImageCommandSpecs.LOGOUT,
            "commit", ContainerCommandSpecs.COMMIT,
            "cp", ContainerCommandSpecs.CP,
            "create", ContainerCommandSpecs.CREATE,
            "diff", ContainerCommandSpecs.DIFF,
            "history", ImageCommandSpecs.HISTORY,
            "inspect", ImageCommandSpecs.INSPECT,
            "kill", ContainerCommandSpecs.KILL,
            "load", ImageCommandSpecs.LOAD,
            "logs", ContainerCommandSpecs.LOGS,
            "pause", ContainerCommandSpecs.PAUSE,
            "port", ContainerCommandSpecs.PORT,
            "rename", ContainerCommandSpecs.RENAME,
            "restart", ContainerCommandSpecs.RESTART,
            "rm", ContainerCommandSpecs.RM,
            // docker's hidden alias of rm, as docker container remove is
            "remove", ContainerCommandSpecs.RM,
            "rmi", ImageCommandSpecs.RMI,
            "save", ImageCommandSpecs.SAVE,
            "start", ContainerCommandSpecs.START,
            "stats", ContainerCommandSpecs.STATS,
            "stop", ContainerCommandSpecs.STOP,
            "tag", ImageCommandSpecs.TAG,
            "top", ContainerCommandSpecs.TOP,
            "unpause", ContainerCommandSpecs.UNPAUSE,
            "wait", ContainerCommandSpecs.WAIT);

    private static final Map<String, CommandSpec> CONTAINER_GROUP = ordered(
            "commit", ContainerCommandSpecs.COMMIT,
            "cp", ContainerCommandSpecs.CP,
            "create", ContainerCommandSpecs.CREATE,
            "diff", ContainerCommandSpecs.DIFF,
            "exec", ContainerCommandSpecs.EXEC,
            "inspect", ContainerCommandSpecs.INSPECT,
            "kill", ContainerCommandSpecs.KILL,
            "logs", ContainerCommandSpecs.LOGS,
            "ls", ContainerCommandSpecs.PS,
            "list", ContainerCommandSpecs.PS,
            "ps", ContainerCommandSpecs.PS,
            "pause", ContainerCommandSpecs.PAUSE,
            "port", ContainerCommandSpecs.PORT,
            "prune", ContainerCommandSpecs.PRUNE,
            "rename", ContainerCommandSpecs.RENAME,
            "restart", ContainerCommandSpecs.RESTART,
            "rm", ContainerCommandSpecs.RM,
            "remove", ContainerCommandSpecs.RM,
            "run", ContainerCommandSpecs.RUN,
            "start", ContainerCommandSpecs.START,
            "stats", ContainerCommandSpecs.STATS,
            "stop", ContainerCommandSpecs.STOP,
            "top", ContainerCommandSpecs.TOP,
            "unpause", ContainerCommandSpecs.UNPAUSE,
            "wait", ContainerCommandSpecs.WAIT);

    private static final Map<String, CommandSpec> IMAGE_GROUP = ordered(
            "build", ImageCommandSpecs.BUILD,
            "history", ImageCommandSpecs.HISTORY,
            "inspect", ImageCommandSpecs.IMAGE_INSPECT,
            "load", ImageCommandSpecs.LOAD,
            "ls", ImageCommandSpecs.IMAGES,
            "list", ImageCommandSpecs.IMAGES,
            "prune", ImageCommandSpecs.IMAGE_PRUNE,
            "pull", ImageCommandSpecs.PULL,
            "push", ImageCommandSpecs.PUSH,
            "rm", ImageCommandSpecs.RMI,
            "remove", ImageCommandSpecs.RMI,
            "save", ImageCommandSpecs.SAVE,
            "tag", ImageCommandSpecs.TAG);

    private static final Map<String, CommandSpec> NETWORK_GROUP = ordered(
            "connect", ObjectCommandSpecs.NETWORK_CONNECT,
            "create", ObjectCommandSpecs.NETWORK_CREATE,
            "disconnect", ObjectCommandSpecs.NETWORK_DISCONNECT,
            "inspect", ObjectCommandSpecs.NETWORK_INSPECT,
            "ls", ObjectCommandSpecs.NETWORK_LS,
            "list", ObjectCommandSpecs.NETWORK_LS,
            "prune", ObjectCommandSpecs.NETWORK_PRUNE,
            "rm", ObjectCommandSpecs.NETWORK_RM,
            "remove", ObjectCommandSpecs.NETWORK_RM);

    private static final Map<String, CommandSpec> VOLUME_GROUP = ordered(
            "create", ObjectCommandSpecs.VOLUME_CREATE,
            "inspect", ObjectCommandSpecs.VOLUME_INSPECT,
            "ls", ObjectCommandSpecs.VOLUME_LS,
            "list", ObjectCommandSpecs.VOLUME_LS,
            "prune", ObjectCommandSpecs.VOLUME_PRUNE,
            "rm", ObjectCommandSpecs.VOLUME_RM,
            "remove", ObjectCommandSpecs.VOLUME_RM);

    private static final Map<String, CommandSpec> SYSTEM_GROUP = ordered(
            "df", ObjectCommandSpecs.SYSTEM_DF,
            "prune", ObjectCommandSpecs.SYSTEM_PRUNE);

    private static final Map<String, Map<String, CommandSpec>> GROUPS = ordered(
            "container", CONTAINER_GROUP, "image", IMAGE_GROUP, "network", NETWORK_GROUP, "system", SYSTEM_GROUP,
            "volume", VOLUME_GROUP);

    /** Real docker commands the tutor leaves to a real terminal. */
    private static final Set<String> NOT_RUN_TOP_LEVEL = Set.of(
            "attach", "bake", "builder", "buildx", "checkpoint", "compose", "config", "context", "debug", "events",
            "export", "import", "info", "init", "manifest", "node", "plugin", "sbom", "scan", "scout", "search",
            "secret", "service", "stack", "swarm", "trust", "update", "version");

    private static final Map<String, Set<String>> NOT_RUN_IN_GROUP = Map.of(
            "image", Set.of("import"),
            "container", Set.of("attach", "export", "update"),
            "system", Set.of("events", "info"));

    private DockerCommandCatalog() {
    }

    /** The top-level subcommands the tutor runs, by name, in the order docker's help lists them. */
    public static Map<String, CommandSpec> commands() {
        return TOP_LEVEL;
    }

    /**
     * Every command the tutor runs, once each however many names it has ({@code ps}, {@code container ls}),
     * top-level ones first: the specs whose flags {@code docker … --help} lists as run here.
     */
    public static List<CommandSpec> specs() {
        Set<CommandSpec> specs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<CommandSpec> ordered = new java.util.ArrayList<>();
        List<CommandSpec> all = new java.util.ArrayList<>(TOP_LEVEL.values());
        GROUPS.values().forEach(group -> all.addAll(group.values()));
        for (CommandSpec spec : all) {
            if (specs.add(spec)) {
                ordered.add(spec);
            }
        }
        return List.copyOf(ordered);
    }

    /** The management groups the tutor knows: container, image, network, system and volume. */
    public static Set<String> groups() {
        return GROUPS.keySet();
    }

    /** A group's subcommands by every name docker accepts ({@code ls} and {@code list}); empty for an unknown group. */
    public static Map<String, CommandSpec> group(String name) {
        return GROUPS.getOrDefault(name, Map.of());
    }

    /** The one-line description of {@code docker} itself ({@code ""}) or of a group ({@code image}, {@code network}…). */
    public static String groupDescriptionKey(String group) {
        return group.isEmpty() ? "docker.cmd.docker" : "docker.cmd." + group;
    }

    /** The spec behind a command path such as {@code [run]} or {@code [image, ls]}. */
    public static Optional<CommandSpec> find(List<String> path) {
        if (path.size() == 1) {
            return Optional.ofNullable(TOP_LEVEL.get(path.get(0)));
        }
        if (path.size() == 2) {
            return Optional.ofNullable(group(path.get(0)).get(path.get(1)));
        }
        return Optional.empty();
    }

    /** Whether docker has this top-level command although the tutor does not run it. */
    public static boolean isNotRunHere(String name) {
        return NOT_RUN_TOP_LEVEL.contains(name);
    }

    static boolean isNotRunHere(String group, String name) {
        return NOT_RUN_IN_GROUP.getOrDefault(group, Set.of()).contains(name);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
