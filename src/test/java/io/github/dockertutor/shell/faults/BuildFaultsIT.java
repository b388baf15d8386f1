package io.github.dockertutor.shell.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.RealEngine;
import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dockerfile and a script saved with Windows line endings, built through the whole tutor: the
 * tutor names both files and explains; a yes converts them and the image's script then runs, a no
 * leaves the files as they were.
 */
class BuildFaultsIT {
    @TempDir
    Path dir;
    private EngineSession session;
    private String image;

    @BeforeEach
    void engine() {
        session = RealEngine.session();
        image = "dt-bad-crlf-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeImage() {
        try {
            new DockerEngine(session).removeImage(image, true);
        } catch (RuntimeException ignored) {
            // not built
        }
        session.close();
    }

    private Path workspaceWithCrlf() throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("Dockerfile"),
                "FROM busybox\r\nCOPY start.sh /start.sh\r\nCMD [\"/start.sh\"]\r\n");
        Path script = workspace.resolve("start.sh");
        Files.writeString(script, "#!/bin/sh\r\necho script-ran-" + image + "\r\n");
        assertTrue(script.toFile().setExecutable(true));
        return workspace;
    }

    @Test
    void yesConvertsBothFilesAndTheScriptRuns() throws Exception {
        Path workspace = workspaceWithCrlf();
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", "en", "--workspace",
                workspace.toString())) {
            Transcript session = new Transcript(tutor, Language.EN);
            session.send("docker build -t " + image + " .").expect("fault.crlf.found", "Dockerfile, start.sh")
                    .expect("fault.crlf.why");
            session.answer("y").expect("fault.crlf.offer").expect("fault.crlf.converted", "Dockerfile, start.sh")
                    .expectText("Successfully tagged " + image);
            session.send("docker run --rm " + image).expectText("script-ran-" + image);
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
        assertFalse(Files.readString(workspace.resolve("start.sh")).contains("\r"));
        assertFalse(Files.readString(workspace.resolve("Dockerfile")).contains("\r"));
        assertTrue(Files.isExecutable(workspace.resolve("start.sh")), "the script stays executable");
    }

    @Test
    void noLeavesTheFilesAsTheyWere() throws Exception {
        Path workspace = workspaceWithCrlf();
        String before = Files.readString(workspace.resolve("start.sh"));
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of(), "--lang", "zh-TW", "--workspace",
                workspace.toString())) {
            Transcript session = new Transcript(tutor, Language.ZH_TW);
            session.send("docker build -t " + image + " .").expect("fault.crlf.found", "Dockerfile, start.sh")
                    .expect("fault.crlf.why");
            session.answer("n").expect("fault.crlf.offer").expect("fault.crlf.kept")
                    .expectText("Successfully tagged " + image);
            tutor.send("quit");
            assertEquals(0, tutor.finish(Transcript.TIMEOUT), tutor.output());
        }
        assertEquals(before, Files.readString(workspace.resolve("start.sh")));
    }
}
