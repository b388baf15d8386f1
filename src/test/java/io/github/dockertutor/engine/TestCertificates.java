package io.github.dockertutor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for a TLS engine, made with openssl as a teacher would: a CA, a server certificate
 * for 127.0.0.1 signed by it, a learner's client certificate, and a second, unrelated CA.
 */
final class TestCertificates {
    final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** The learner's folder for DOCKER_CERT_PATH: ca.pem, cert.pem, key.pem. */
    Path learner() {
        return dir.resolve("learner");
    }

    /** The same client certificate and key, but the ca.pem of another CA. */
    Path learnerWithWrongCa() {
        return dir.resolve("wrong-ca");
    }

    /** The dockerd flags that make it listen with TLS on 127.0.0.1:port and verify clients. */
    String dockerdFlags(int port) {
        return "--tlsverify --tlscacert " + dir.resolve("ca.pem") + " --tlscert " + dir.resolve("server-cert.pem")
                + " --tlskey " + dir.resolve("server-key.pem") + " -H tcp://127.0.0.1:" + port;
    }

    static TestCertificates make(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
        for (String ca : List.of("ca", "other-ca")) {
            openssl(dir, "genrsa", "-out", ca + "-key.pem", "2048");
            openssl(dir, "req", "-x509", "-new", "-key", ca + "-key.pem", "-days", "2", "-subj", "/CN=" + ca,
                    "-out", ca + ".pem");
        }
        openssl(dir, "genrsa", "-out", "server-key.pem", "2048");
        openssl(dir, "req", "-new", "-key", "server-key.pem", "-subj", "/CN=127.0.0.1", "-out", "server.csr");
        openssl(dir, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                "-days", "2", "-extfile", "server.ext", "-out", "server-cert.pem");
        openssl(dir, "genrsa", "-out", "key.pem", "2048");
        openssl(dir, "req", "-new", "-key", "key.pem", "-subj", "/CN=learner", "-out", "client.csr");
        openssl(dir, "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                "-days", "2", "-extfile", "client.ext", "-out", "cert.pem");
        TestCertificates certificates = new TestCertificates(dir);
        copy(dir, certificates.learner(), "ca.pem");
        copy(dir, certificates.learnerWithWrongCa(), "other-ca.pem");
        return certificates;
    }

    private static void copy(Path dir, Path to, String ca) throws IOException {
        Files.createDirectories(to);
        Files.copy(dir.resolve(ca), to.resolve("ca.pem"));
        Files.copy(dir.resolve("cert.pem"), to.resolve("cert.pem"));
        Files.copy(dir.resolve("key.pem"), to.resolve("key.pem"));
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", args) + " failed:\n" + out);
        }
    }
}
