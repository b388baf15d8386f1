package io.github.dockertutor.engine;

import java.net.URI;
import java.util.Optional;

/**
 * One place a Docker engine may answer, and how we came to try it.
 *
 * @param host        the address in Docker's own syntax: unix:///…, tcp://host:port, npipe:////./pipe/…
 * @param source      where the address came from, shown by {@code doctor}
 * @param detail      the name behind the source: the variable's value, the context's name, a product
 * @param explicit    chosen by the learner (flag, DOCKER_HOST, a docker context): used alone, as the
 *                    docker CLI does, so the tutor and the learner's own terminal see the same engine
 * @param tlsVerify   whether to verify TLS (DOCKER_TLS_VERIFY), for tcp hosts
 * @param certPath    the folder with ca.pem, cert.pem, key.pem (DOCKER_CERT_PATH), if any
 */
public record EngineEndpoint(
        URI host, Source source, String detail, boolean explicit, boolean tlsVerify, Optional<String> certPath) {

    /** Where an address came from, in the order the docker CLI looks. */
    public enum Source {
        FLAG, DOCKER_HOST, CONTEXT, KNOWN_SOCKET, WINDOWS_PIPE
    }

    public static EngineEndpoint known(URI host, Source source, String product) {
        return new EngineEndpoint(host, source, product, false, false, Optional.empty());
    }

    public boolean isUnixSocket() {
        return "unix".equals(host.getScheme());
    }

    /** The file-system path of a unix socket endpoint. */
    public String socketPath() {
        return host.getPath();
    }
}
