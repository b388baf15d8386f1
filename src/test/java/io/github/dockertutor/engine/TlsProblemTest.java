package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.TlsProblem.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateExpiredException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exception chains the JDK and httpclient5 produce for each TLS fault (seen against a real TLS dockerd). */
class TlsProblemTest {

    private static RuntimeException wrapped(Throwable cause) {
        // docker-java hands the transport's failure up inside a RuntimeException
        return new RuntimeException(new SSLHandshakeException("PKIX path validation failed") {
            {
                initCause(cause);
            }
        });
    }

    @Test
    void anExpiredCertificateIsToldFromItsType() {
        assertEquals(Kind.EXPIRED, TlsProblem.diagnose(wrapped(
                new CertificateExpiredException("NotAfter: Mon Jan 01 00:00:00 UTC 2024"))).kind());
    }

    @Test
    void aCertificateFromAnotherCa() {
        SSLHandshakeException error = new SSLHandshakeException("PKIX path building failed");
        error.initCause(new Exception("unable to find valid certification path to requested target"));
        assertEquals(Kind.UNKNOWN_CA, TlsProblem.diagnose(new RuntimeException(error)).kind());
    }

    @Test
    void aCertificateForAnotherHostName() {
        TlsProblem problem = TlsProblem.diagnose(new RuntimeException(new SSLPeerUnverifiedException(
                "Certificate for <localhost> doesn't match common name of the certificate subject: 127.0.0.1")));
        assertEquals(Kind.WRONG_HOST, problem.kind());
        assertTrue(problem.detail().contains("localhost"), problem.detail());
    }

    @Test
    void ourCertificateRefusedByTheEngine() {
        assertEquals(Kind.CERT_REFUSED, TlsProblem.diagnose(new RuntimeException(
                new SSLHandshakeException("Received fatal alert: bad_certificate"))).kind());
    }

    @Test
    void aPlainServerWhereTlsWasExpected() {
        assertEquals(Kind.NOT_TLS, TlsProblem.diagnose(new RuntimeException(
                new SSLException("Unsupported or unrecognized SSL message"))).kind());
        assertEquals(Kind.OTHER, TlsProblem.diagnose(new SSLException("something new")).kind());
    }

    @Test
    void missingFilesAreNamed(@TempDir Path certs) throws Exception {
        assertEquals("ca.pem, cert.pem, key.pem", TlsProblem.missingFiles(certs).orElseThrow().detail());
        Files.writeString(certs.resolve("ca.pem"), "x");
        Files.writeString(certs.resolve("key.pem"), "x");
        assertEquals("cert.pem", TlsProblem.missingFiles(certs).orElseThrow().detail());
        Files.writeString(certs.resolve("cert.pem"), "x");
        assertTrue(TlsProblem.missingFiles(certs).isEmpty());
    }

    @Test
    void theProbeReportsMissingFilesWithoutConnecting(@TempDir Path certs) {
        EngineEndpoint endpoint = new EngineEndpoint(java.net.URI.create("tcp://192.0.2.1:2376"),
                EngineEndpoint.Source.DOCKER_HOST, "tcp://192.0.2.1:2376", true, true,
                java.util.Optional.of(certs.toString()));
        ProbeResult result = new EngineProbe().probe(endpoint);
        assertEquals(ProbeStatus.TLS_PROBLEM, result.status());
        assertEquals(Kind.MISSING_FILES, result.tls().orElseThrow().kind());
        EngineAdvice.Advice advice = new EngineAdvice("Linux").adviseFor(
                new LocateResult(java.util.List.of(result), java.util.Optional.of(result), java.util.Optional.empty()))
                .get(0);
        assertEquals("doctor.tls.MISSING_FILES", advice.key());
    }
}
