package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import java.time.Duration;

/**
 * Makes docker-java clients for an endpoint. No API version is pinned: unset, docker-java calls
 * unversioned paths, which old engines (API 1.41) and Docker 29 (minimum API 1.44) both accept.
 */
final class DockerClients {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    private DockerClients() {
    }

    /**
     * The client for real work. It has no response timeout on purpose: httpclient5's response
     * timeout also cuts long streams (logs -f, attach, events, a slow pull).
     */
    static DockerClient forWork(EngineEndpoint endpoint) {
        return create(endpoint, null);
    }

    /** A client that gives up quickly, for "is the engine there?". */
    static DockerClient forPing(EngineEndpoint endpoint) {
        return create(endpoint, PING_TIMEOUT);
    }

    private static DockerClient create(EngineEndpoint endpoint, Duration responseTimeout) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host().toString())
                .withDockerTlsVerify(endpoint.tlsVerify());
        if (endpoint.tlsVerify()) {
            endpoint.certPath().ifPresent(builder::withDockerCertPath);
        }
        DefaultDockerClientConfig config = builder.build();
        ApacheDockerHttpClient.Builder http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(tlsFor(endpoint, config))
                .maxConnections(16)
                .connectionTimeout(responseTimeout == null ? CONNECT_TIMEOUT : responseTimeout);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return DockerClientImpl.getInstance(config, http.build());
    }

    /** The TLS settings of the config, but none at all (not even the JDK's defaults) on a local socket. */
    static SSLConfig tlsFor(EngineEndpoint endpoint, DefaultDockerClientConfig config) {
        String scheme = endpoint.host().getScheme();
        return "unix".equals(scheme) || "npipe".equals(scheme) ? NoTlsContext.FOR_LOCAL_SOCKET : config.getSSLConfig();
    }
}
