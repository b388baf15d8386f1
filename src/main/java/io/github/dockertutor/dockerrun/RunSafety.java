package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerOptions;
import io.github.dockertutor.dockercli.VolumeMapping;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineEndpoint;
import io.github.dockertutor.engine.ProbeResult;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Options that hand a container the learner's whole machine: {@code --privileged}, the host's
 * root folder or the engine's own socket mounted, {@code --network host}. The tutor explains the
 * risk and runs them only when the learner says yes.
 *
 * <p>A mount is judged by the folder it names, not by how it is spelled: {@code //}, {@code /.},
 * {@code /tmp/..} are the root; a trailing slash, {@code ..} or a link ({@code /var/run} is a link
 * to {@code /run} on most systems) still reach the socket; and a folder that holds the socket
 * ({@code -v /var/run:/var/run}) hands it over as surely as the socket itself.
 */
final class RunSafety {
    private static final Pattern WINDOWS_PATH = Pattern.compile("([A-Za-z]):([\\\\/].*)?");

    /** What a mount hands the container. */
    enum Risk { NONE, ROOT, SOCKET }

    private final ShellContext context;

    RunSafety(ShellContext context) {
        this.context = context;
    }

    boolean allows(ContainerOptions options) {
        if (options.privileged() && !context.confirm("docker.safety.privileged")) {
            return refused();
        }
        if (options.network().filter("host"::equals).isPresent() && !context.confirm("docker.safety.hostNetwork")) {
            return refused();
        }
        Set<Path> sockets = engineSockets();
        for (VolumeMapping volume : options.volumes()) {
            if (volume.kind() != VolumeMapping.Kind.BIND || volume.source().isEmpty()) {
                continue;
            }
            String source = volume.source().get();
            Risk risk = risk(source, context.workspace().root(), context.environment().home(), sockets);
            if (risk != Risk.NONE && !context.confirm(risk == Risk.ROOT ? "docker.safety.rootMount"
                    : "docker.safety.socketMount", source)) {
                return refused();
            }
        }
        return true;
    }

    /**
     * What mounting {@code source} hands over. Relative sources are read from the workspace, as
     * the run reads them, and {@code ~} is the home folder.
     */
    static Risk risk(String source, Path workspace, Path home, Set<Path> sockets) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.contains("docker_engine") || lower.contains("dockerdesktoplinuxengine")) {
            return Risk.SOCKET; // the Windows engine's named pipe
        }
        var windows = WINDOWS_PATH.matcher(source);
        if (windows.matches()) {
            // a drive of the learner's Windows machine: judged by its folders alone, C:\.\ is C:\
            String rest = windows.group(2) == null ? "/" : windows.group(2).replace('\\', '/');
            return Path.of("/").resolve(rest.replaceFirst("^/+", "")).normalize().getNameCount() == 0
                    ? Risk.ROOT : Risk.NONE;
        }
        Set<Path> meanings = meanings(source, workspace, home);
        if (meanings.stream().anyMatch(path -> path.getNameCount() == 0)) {
            return Risk.ROOT;
        }
        for (Path socket : sockets) {
            for (Path meaning : meanings) {
                // the socket itself, or a folder that holds it
                if (socket.startsWith(meaning)) {
                    return Risk.SOCKET;
                }
            }
        }
        for (Path meaning : meanings) {
            String name = meaning.getFileName() == null ? "" : meaning.getFileName().toString();
            if (name.equals("docker.sock") || name.equals("podman.sock")) {
                return Risk.SOCKET; // an engine's socket somewhere we did not look
            }
        }
        return Risk.NONE;
    }

    /**
     * The folders a source may name on the engine's machine: as spelled, with {@code //},
     * {@code .} and {@code ..} resolved; and, where it exists here, with every link followed.
     */
    private static Set<Path> meanings(String source, Path workspace, Path home) {
        Set<Path> meanings = new LinkedHashSet<>();
        Path path;
        try {
            if (source.equals("~") || source.startsWith("~/")) {
                path = home.resolve(source.substring(1).replaceFirst("^/+", ""));
            } else {
                path = workspace.resolve(source);
            }
        } catch (InvalidPathException e) {
            return meanings;
        }
        Path lexical = path.toAbsolutePath().normalize();
        meanings.add(lexical);
        realPath(path).ifPresent(meanings::add);
        return meanings;
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The engine sockets a mount could hand over: the engine in use and every place the tutor
     * would look for one, each as spelled and as its real path.
     */
    private Set<Path> engineSockets() {
        Set<Path> sockets = new LinkedHashSet<>();
        context.engineSession().current().map(ProbeResult::endpoint)
                .ifPresent(endpoint -> addSocket(sockets, endpoint, true));
        var environment = context.environment();
        EngineDiscovery discovery = new EngineDiscovery(Optional.empty(), environment.variables(),
                environment.home(), environment.osName());
        discovery.explicitChoice().ifPresent(endpoint -> addSocket(sockets, endpoint, true));
        // the usual places only where a socket is: ~/.docker/run/docker.sock must not make all of ~ a risk
        discovery.wellKnown().forEach(endpoint -> addSocket(sockets, endpoint, false));
        sockets.add(Path.of("/var/run/docker.sock"));
        sockets.add(Path.of("/run/docker.sock"));
        return sockets;
    }

    private static void addSocket(Set<Path> sockets, EngineEndpoint endpoint, boolean evenIfAbsent) {
        if (!endpoint.isUnixSocket() || endpoint.socketPath() == null || endpoint.socketPath().isBlank()) {
            return;
        }
        try {
            Path socket = Path.of(endpoint.socketPath()).toAbsolutePath().normalize();
            Optional<Path> real = realPath(socket);
            if (evenIfAbsent || real.isPresent()) {
                sockets.add(socket);
                real.ifPresent(sockets::add);
            }
        } catch (InvalidPathException e) {
            // not a path this system can name: nothing to compare with
        }
    }

    private boolean refused() {
        context.say("docker.safety.refused");
        return false;
    }
}
