package io.github.dockertutor.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.PrivateEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A learner outside the docker group: the tutor runs as user nobody against a root-owned socket
 * with mode 0660, as dockerd leaves it. The tutor starts anyway and gives the docker-group fix in
 * the learner's language, both at start and when a docker command is tried; never chmod 666.
 */
class PermissionDeniedIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOBODY = "65534";

    private Path dir;
    private ServerSocketChannel socket;

    @BeforeEach
    void rootOwnedSocket() throws Exception {
        PrivateEngine.requireRoot();
        if (!setprivAvailable()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("util-linux 'setpriv' is needed to run the tutor as another user");
            }
            org.junit.jupiter.api.Assumptions.abort("no 'setpriv' to run the tutor as another user");
        }
        dir = Files.createDirectories(Path.of("/tmp", "dtp" + ProcessHandle.current().pid()));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path path = dir.resolve("docker.sock");
        Files.deleteIfExists(path);
        socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        socket.bind(UnixDomainSocketAddress.of(path));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-rw----"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    private static boolean setprivAvailable() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("setpriv", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @AfterEach
    void removeSocket() throws Exception {
        if (socket != null) {
            socket.close();
        }
        if (dir != null) {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void aLearnerOutsideTheDockerGroupIsToldToJoinIt(String tag) throws Exception {
        Messages messages = Messages.of(Language.parse(tag).orElseThrow());
        Path sock = dir.resolve("docker.sock");
        // up to the socket's path: the rest of the line is wrapped to the width
        String fix = messages.get("doctor.fix.permission.linux", "\u0000");
        fix = fix.substring(0, fix.indexOf('\u0000'));
        List<String> asNobody = List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups");
        try (TutorProcess tutor = TutorProcess.startAs(asNobody, dir.resolve("home"),
                Map.of("DOCKER_HOST", "unix://" + sock, "HOME", dir.resolve("home").toString()),
                "--lang", tag, "--workspace", dir.resolve("home/workspace").toString(),
                "--lessons", Path.of("lessons").toAbsolutePath().toString())) {
            int at = tutor.await(messages.get("engine.none").substring(0, 10), 0, WAIT);
            at = tutor.await(fix, at, WAIT);
            at = tutor.await("sudo usermod -aG docker $USER", at, WAIT);
            tutor.send("docker images");
            at = tutor.await(messages.get("faults.noEngine"), at, WAIT);
            at = tutor.await(fix, at, WAIT);
            tutor.send("quit");
            assertEquals(0, tutor.finish(WAIT));
            String output = tutor.output();
            assertTrue(output.contains("chmod 666"), "the warning against chmod 666 is missing:\n" + output);
            assertFalse(output.contains("Exception") || output.contains("\tat "), output);
        }
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(sock)),
                "the socket's mode was changed");
    }
}
