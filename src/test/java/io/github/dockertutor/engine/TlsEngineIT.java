package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shared engine over TCP with TLS, as a classroom runs one: a second private engine of
 * scripts/engine listens on 127.0.0.1 with certificates made here by openssl. A learner with the
 * right certificates pulls and passes a step; with another CA's ca.pem, doctor says so plainly.
 */
class TlsEngineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Path engineDir;
    private static Map<String, String> engineEnv;
    private static TestCertificates certificates;
    private static int tlsPort;

    @BeforeAll
    static void startTlsEngine() throws Exception {
        requireRootLinuxAndOpenssl();
        Path work = Files.createTempDirectory(Path.of("/tmp"), "dt-tls-");
        certificates = TestCertificates.make(work.resolve("certs"));
        engineDir = work.resolve("e");
        tlsPort = freePort();
        engineEnv = new HashMap<>();
        engineEnv.put("DOCKERTUTOR_ENGINE_DIR", engineDir.toString());
        engineEnv.put("DOCKERTUTOR_REGISTRY_PORT", Integer.toString(freePort()));
        engineEnv.put("DOCKERTUTOR_ENGINE_EXTRA_ARGS", certificates.dockerdFlags(tlsPort));
        String out = engine("start");
        assertTrue(out.contains("DOCKER_HOST=unix://"), out);
    }

    @AfterAll
    static void stopTlsEngine() throws Exception {
        if (engineEnv != null) {
            try {
                engine("stop");
            } finally {
                try (Stream<Path> files = Files.walk(engineDir.getParent())) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static void requireRootLinuxAndOpenssl() throws Exception {
        String why = null;
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")) {
            why = "a TLS engine of scripts/engine runs only on Linux";
        } else if (!"0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim())) {
            why = "starting a second engine with scripts/engine needs root";
        } else if (!Files.isExecutable(Path.of("/usr/bin/openssl"))) {
            why = "openssl makes this test's certificates; install it (apt-get install openssl)";
        }
        if (why != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    private static String engine(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("scripts/engine", command).redirectErrorStream(true);
        builder.environment().putAll(engineEnv);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("scripts/engine " + command + " failed:\n" + out);
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> learner(Path certs, String host) {
        return Map.of("DOCKER_HOST", "tcp://" + host + ":" + tlsPort, "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", certs.toString(), "DOCKER_CONTEXT", "");
    }

    private static String doctor(Map<String, String> env, String language) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TutorProcess.jar().toString(), "doctor", "--lang", language);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("DOCKERTUTOR_HOME", engineDir.getParent().resolve("home").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue() + "\n" + out;
    }

    @Test
    void aLearnerWithTheClassCertificatesPullsAndPassesTheStep() throws Exception {
        Messages messages = Messages.of(Language.EN);
        Path home = engineDir.getParent().resolve("learner-home");
        try (TutorProcess tutor = TutorProcess.start(home, learner(certificates.learner(), "127.0.0.1"),
                "--lang", "en", "--workspace", home.resolve("workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString())) {
            int at = tutor.await("tcp://127.0.0.1:" + tlsPort, 0, WAIT);
            tutor.send("start 3");
            at = tutor.await("(step 1 of", at, WAIT);
            tutor.send("docker pull busybox");
            tutor.await(messages.get("step.passed", "").trim(), at, WAIT);
            assertEquals(0, tutor.finish(WAIT), tutor.output());
        }
        String doctor = doctor(learner(certificates.learner(), "127.0.0.1"), "en");
        assertTrue(doctor.startsWith("0\n"), doctor);
        assertTrue(doctor.contains("Using: tcp://127.0.0.1:" + tlsPort), doctor);
        // the TLS engine pulls through its own private registry, and doctor sees that registry answer
        assertTrue(doctor.contains("[ok] http://127.0.0.1:" + engineEnv.get("DOCKERTUTOR_REGISTRY_PORT")), doctor);
    }

    @Test
    void anotherCasCertificateIsExplainedPlainlyInBothLanguages() throws Exception {
        String en = doctor(learner(certificates.learnerWithWrongCa(), "127.0.0.1"), "en");
        assertTrue(en.startsWith("3\n"), en);
        assertTrue(en.contains("the ca.pem in " + certificates.learnerWithWrongCa() + " did not sign"), en);
        String zh = doctor(learner(certificates.learnerWithWrongCa(), "127.0.0.1"), "zh-TW");
        assertTrue(zh.contains("你拿到的是另一個引擎的 CA"), zh);
    }

    @Test
    void aHostNameTheCertificateWasNotMadeForIsExplained() throws Exception {
        String en = doctor(learner(certificates.learner(), "localhost"), "en");
        assertTrue(en.startsWith("3\n"), en);
        assertTrue(en.contains("was not made for the name in DOCKER_HOST (tcp://localhost:" + tlsPort + ")"), en);
    }
}
