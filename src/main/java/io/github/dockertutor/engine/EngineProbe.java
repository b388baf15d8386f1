package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Tries one endpoint and says how it went. Unix sockets are first looked at with the JDK alone
 * (is the file there, may we write to it, does anything accept), which classifies the common
 * faults without depending on error texts that the C library may have translated; then the engine
 * is asked for its version through docker-java.
 */
public final class EngineProbe {
    /**
     * How long the version request may take: a running engine answers in milliseconds, but the
     * first request of a session also loads much of docker-java, on a machine that may be busy.
     */
    static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(5);

    public ProbeResult probe(EngineEndpoint endpoint) {
        String scheme = endpoint.host().getScheme();
        if (scheme == null || !(scheme.equals("unix") || scheme.equals("tcp") || scheme.equals("npipe")
                || scheme.equals("http") || scheme.equals("https"))) {
            return ProbeResult.failed(endpoint,
                    "context".equals(scheme) ? ProbeStatus.MISSING : ProbeStatus.INVALID_ADDRESS,
                    endpoint.host().toString());
        }
        if (endpoint.tlsVerify() && endpoint.certPath().isPresent()) {
            Optional<TlsProblem> missing = TlsProblem.missingFiles(Path.of(endpoint.certPath().get()));
            if (missing.isPresent()) {
                return ProbeResult.tlsFailed(endpoint, missing.get());
            }
        }
        if (endpoint.isUnixSocket()) {
            ProbeResult socketFault = checkSocket(endpoint);
            if (socketFault != null) {
                return socketFault;
            }
        }
        return askVersion(endpoint);
    }

    private static ProbeResult checkSocket(EngineEndpoint endpoint) {
        Path socket = Path.of(endpoint.socketPath());
        if (!Files.exists(socket)) {
            return ProbeResult.failed(endpoint, ProbeStatus.MISSING, socket.toString());
        }
        if (!Files.isWritable(socket)) {
            return ProbeResult.failed(endpoint, ProbeStatus.PERMISSION_DENIED, socket.toString());
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return null;
        } catch (IOException e) {
            // the file is there and writable, yet nobody accepts: a stopped engine left its socket
            return ProbeResult.failed(endpoint, ProbeStatus.NOT_RUNNING, String.valueOf(e.getMessage()));
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Asks the engine for its version, waiting {@link #DEADLINE} at most: the client's own timeout
     * does not bound a read on a unix socket, and a frozen engine (SIGSTOP, a socket that accepts
     * and never answers) would otherwise hang the banner, doctor and every reconnect. A unix socket
     * or plain tcp address is asked with the JDK alone ({@link PlainVersionRequest}); what that does
     * not understand, and every other kind of address, goes through docker-java.
     */
    private static ProbeResult askVersion(EngineEndpoint endpoint) {
        try {
            if (PlainVersionRequest.suits(endpoint)) {
                return askPlainly(endpoint);
            }
            // made here, outside the deadline: loading docker-java is our time, not the engine's
            DockerClient client = DockerClients.forPing(endpoint);
            Version version = BoundedCall.run(() -> {
                try (client) {
                    return client.versionCmd().exec();
                }
            }, DEADLINE, cancellation(), late -> { });
            if (version == null || version.getApiVersion() == null) {
                return ProbeResult.failed(endpoint, ProbeStatus.NOT_DOCKER, "no API version in the answer");
            }
            return ProbeResult.answered(endpoint, toInfo(version));
        } catch (BoundedCall.TimedOut e) {
            return ProbeResult.failed(endpoint, ProbeStatus.NOT_ANSWERING,
                    "no answer within " + DEADLINE.toSeconds() + " s");
        } catch (EngineException e) {
            return ProbeResult.failed(endpoint, ProbeStatus.NOT_ANSWERING, "no answer before Ctrl-C");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.failed(endpoint, ProbeStatus.UNREACHABLE, "interrupted");
        } catch (Exception e) {
            ProbeStatus status = classify(e);
            return status == ProbeStatus.TLS_PROBLEM
                    ? ProbeResult.tlsFailed(endpoint, TlsProblem.diagnose(e))
                    : ProbeResult.failed(endpoint, status, describe(e));
        }
    }

    /**
     * The plain request, within the same deadline and Ctrl-C; its failures are sorted by the
     * caller as docker-java's are. Closing the channel ends a read still waiting when the caller
     * gives up.
     */
    private static ProbeResult askPlainly(EngineEndpoint endpoint) throws Exception {
        java.nio.channels.SocketChannel channel = PlainVersionRequest.open(endpoint);
        try {
            return BoundedCall.run(() -> PlainVersionRequest.ask(channel, endpoint), DEADLINE, cancellation(), late -> { });
        } finally {
            channel.close();
        }
    }

    private static Cancellation cancellation() {
        return Cancellation.current().orElseGet(Cancellation::new);
    }

    static EngineInfo toInfo(Version version) {
        List<String> components = new ArrayList<>();
        if (version.getComponents() != null) {
            for (VersionComponent component : version.getComponents()) {
                components.add(component.getName());
            }
        }
        return engineInfo(version.getPlatform() == null ? null : version.getPlatform().getName(), components,
                version.getVersion(), version.getApiVersion(), version.getOperatingSystem(), version.getArch());
    }

    /** The engine's description from the fields of its version answer, however it was asked. */
    static EngineInfo engineInfo(String platformName, List<String> componentNames, String version, String apiVersion,
            String os, String arch) {
        String product = isProductName(platformName) ? platformName : null;
        if (product == null || product.isBlank()) {
            for (String name : componentNames) {
                if (name != null && !name.isBlank()) {
                    product = name;
                    break;
                }
            }
        }
        if (product == null || product.isBlank() || product.equals("Engine")) {
            // Debian's docker.io and others name their component just "Engine"
            product = "Docker Engine";
        }
        return new EngineInfo(product, nonNull(version), nonNull(apiVersion), nonNull(os), nonNull(arch));
    }

    /**
     * Docker names its product in Platform.Name ("Docker Engine - Community", "Docker Desktop
     * 4.37.1 (178610)"); Podman puts its OS platform there ("linux/amd64/debian-12") and names
     * itself in Components ("Podman Engine"). A name of one word with slashes is a platform.
     */
    private static boolean isProductName(String name) {
        return name != null && !name.isBlank() && !(name.contains("/") && !name.strip().contains(" "));
    }

    /** Sorts an exception from docker-java into the fault a learner can act on. */
    static ProbeStatus classify(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException || cause instanceof java.security.GeneralSecurityException) {
                return ProbeStatus.TLS_PROBLEM;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return ProbeStatus.UNREACHABLE;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Permission denied") || message.contains("Access is denied")) {
                return ProbeStatus.PERMISSION_DENIED;
            }
            if (cause instanceof java.io.FileNotFoundException || message.contains("No such file")) {
                return ProbeStatus.MISSING;
            }
            if (cause instanceof IllegalArgumentException && message.toLowerCase().contains("unsupported protocol")) {
                return ProbeStatus.INVALID_ADDRESS;
            }
        }
        return error instanceof com.github.dockerjava.api.exception.DockerException
                ? ProbeStatus.NOT_DOCKER
                : ProbeStatus.UNREACHABLE;
    }

    /** The innermost message, which is what says what went wrong. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
