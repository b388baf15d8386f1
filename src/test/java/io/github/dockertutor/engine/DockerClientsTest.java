package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which TLS settings docker-java gets: none on a local socket, the learner's own on tcp. */
class DockerClientsTest {
    private static EngineEndpoint endpoint(String host, boolean tlsVerify, Optional<String> certs) {
        return new EngineEndpoint(URI.create(host), EngineEndpoint.Source.DOCKER_HOST, host, true, tlsVerify, certs);
    }

    private static DefaultDockerClientConfig config(EngineEndpoint endpoint) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host().toString()).withDockerTlsVerify(endpoint.tlsVerify());
        endpoint.certPath().ifPresent(builder::withDockerCertPath);
        return builder.build();
    }

    @Test
    void aLocalSocketGetsAContextThatRefusesEveryUse() throws Exception {
        for (String host : new String[] {"unix:///var/run/docker.sock", "npipe:////./pipe/docker_engine"}) {
            EngineEndpoint local = endpoint(host, false, Optional.empty());
            assertSame(NoTlsContext.FOR_LOCAL_SOCKET, DockerClients.tlsFor(local, config(local)));
        }
        var context = NoTlsContext.FOR_LOCAL_SOCKET.getSSLContext();
        assertThrows(UnsupportedOperationException.class, context::createSSLEngine);
        assertThrows(UnsupportedOperationException.class, context::getSocketFactory);
    }

    @Test
    void tcpKeepsPlainHttpWithoutVerifyAndTheLearnersCertificatesWithIt(@TempDir Path certs) throws Exception {
        // docker-java speaks https to a tcp host exactly when it is given a TLS context
        EngineEndpoint plain = endpoint("tcp://127.0.0.1:2375", false, Optional.empty());
        assertNull(DockerClients.tlsFor(plain, config(plain)));
        EngineEndpoint verified = endpoint("tcp://127.0.0.1:2376", true, Optional.of(certs.toString()));
        var tls = DockerClients.tlsFor(verified, config(verified));
        assertNotNull(tls);
        assertNotSame(NoTlsContext.FOR_LOCAL_SOCKET, tls);
    }
}
