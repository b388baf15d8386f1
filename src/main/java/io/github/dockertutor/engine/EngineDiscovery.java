package io.github.dockertutor.engine;

import io.github.dockertutor.engine.EngineEndpoint.Source;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lists where a Docker engine may answer, in the docker CLI's order: {@code --host}, DOCKER_HOST,
 * DOCKER_CONTEXT, the config's current context; then the sockets that Docker Engine, rootless
 * Docker, Docker Desktop, Colima, Rancher Desktop, OrbStack and Podman use; on Windows the pipes.
 * It only lists: probing is {@link EngineProbe}'s job, so this stays testable without an engine.
 */
public final class EngineDiscovery {
    private final Optional<String> hostFlag;
    private final Map<String, String> env;
    private final Path home;
    private final boolean windows;

    public EngineDiscovery(Optional<String> hostFlag, Map<String, String> env, Path home, String osName) {
        this.hostFlag = hostFlag;
        this.env = env;
        this.home = home;
        this.windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Everything worth trying, the learner's explicit choice (if any) first. */
    public List<EngineEndpoint> candidates() {
        List<EngineEndpoint> candidates = new ArrayList<>();
        explicitChoice().ifPresent(candidates::add);
        candidates.addAll(wellKnown());
        return candidates;
    }

    /**
     * The engine the learner chose, as the docker CLI would use it: when present, the tutor uses it
     * alone, so that what the tutor checks is what the learner's own docker command sees.
     */
    public Optional<EngineEndpoint> explicitChoice() {
        if (hostFlag.isPresent() && !hostFlag.get().isBlank()) {
            return Optional.of(explicit(hostFlag.get(), Source.FLAG, hostFlag.get()));
        }
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return Optional.of(explicit(dockerHost, Source.DOCKER_HOST, dockerHost));
        }
        DockerContexts contexts = new DockerContexts(dockerConfigDir());
        String contextName = env.get("DOCKER_CONTEXT");
        Optional<String> context = contextName != null && !contextName.isBlank() && !"default".equals(contextName)
                ? Optional.of(contextName)
                : contexts.currentContext();
        if (context.isPresent()) {
            // a context that names no host is reported with an empty host; the probe says it is missing
            String host = contexts.hostOf(context.get()).orElse("context://" + context.get());
            return Optional.of(explicit(host, Source.CONTEXT, context.get()));
        }
        return Optional.empty();
    }

    /** The usual places, used when the learner chose none. */
    public List<EngineEndpoint> wellKnown() {
        List<EngineEndpoint> known = new ArrayList<>();
        if (windows) {
            known.add(EngineEndpoint.known(URI.create("npipe:////./pipe/dockerDesktopLinuxEngine"),
                    Source.WINDOWS_PIPE, "Docker Desktop"));
            known.add(EngineEndpoint.known(URI.create("npipe:////./pipe/docker_engine"),
                    Source.WINDOWS_PIPE, "Docker Desktop / Docker Engine"));
            return known;
        }
        socket(known, Path.of("/var/run/docker.sock"), "Docker Engine");
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            socket(known, Path.of(runtimeDir, "docker.sock"), "rootless Docker");
        }
        socket(known, home.resolve(".docker/run/docker.sock"), "Docker Desktop (macOS)");
        socket(known, home.resolve(".docker/desktop/docker.sock"), "Docker Desktop (Linux)");
        socket(known, home.resolve(".colima/default/docker.sock"), "Colima");
        socket(known, home.resolve(".config/colima/default/docker.sock"), "Colima");
        socket(known, home.resolve(".rd/docker.sock"), "Rancher Desktop");
        socket(known, home.resolve(".orbstack/run/docker.sock"), "OrbStack");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            socket(known, Path.of(runtimeDir, "podman", "podman.sock"), "Podman");
        }
        socket(known, Path.of("/run/podman/podman.sock"), "Podman");
        socket(known, privateEngineSocket(), PRIVATE_ENGINE);
        return known;
    }

    /** The product name of the private engine {@code scripts/engine start} runs, as discovery lists it. */
    public static final String PRIVATE_ENGINE = "dockertutor's private engine";

    /**
     * Where {@code scripts/engine start} puts its engine's socket: its state folder,
     * DOCKERTUTOR_ENGINE_DIR or {@code /tmp/dockertutor-engine}, as that script decides it. A
     * newcomer who followed the README reaches it with no DOCKER_HOST to export.
     */
    public Path privateEngineSocket() {
        String dir = env.get("DOCKERTUTOR_ENGINE_DIR");
        return (dir != null && !dir.isBlank() ? Path.of(dir) : Path.of("/tmp/dockertutor-engine")).resolve("docker.sock");
    }

    private EngineEndpoint explicit(String host, Source source, String detail) {
        String normalized = host.trim();
        if (normalized.startsWith("/")) {
            // a bare path, as some guides write DOCKER_HOST: the CLI refuses it, we read it as a socket
            normalized = "unix://" + normalized;
        }
        boolean tls = isTrue(env.get("DOCKER_TLS_VERIFY"));
        Optional<String> certPath = Optional.ofNullable(env.get("DOCKER_CERT_PATH")).filter(p -> !p.isBlank());
        if (tls && certPath.isEmpty()) {
            certPath = Optional.of(dockerConfigDir().toString());
        }
        return new EngineEndpoint(toUri(normalized), source, detail, true, tls, certPath);
    }

    private static URI toUri(String host) {
        try {
            return URI.create(host);
        } catch (IllegalArgumentException e) {
            // kept as an opaque, unusable address so that doctor can name the broken value
            return URI.create("invalid:" + host.replaceAll("[^A-Za-z0-9._~/-]", "_"));
        }
    }

    private Path dockerConfigDir() {
        return DockerConfig.directory(env, home);
    }

    private static void socket(List<EngineEndpoint> into, Path path, String product) {
        URI uri = URI.create("unix://" + path.toAbsolutePath().toString().replace('\\', '/'));
        for (EngineEndpoint existing : into) {
            if (existing.host().equals(uri)) {
                return;
            }
        }
        into.add(EngineEndpoint.known(uri, Source.KNOWN_SOCKET, product));
    }

    private static boolean isTrue(String value) {
        return value != null && !value.isBlank() && !"0".equals(value) && !"false".equalsIgnoreCase(value);
    }
}
