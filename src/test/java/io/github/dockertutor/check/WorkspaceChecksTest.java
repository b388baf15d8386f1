package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.DOCKERFILE;
import static io.github.dockertutor.check.Specs.FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file and dockerfile checks, which read only the workspace: no engine involved. */
class WorkspaceChecksTest {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path workspace;

    private CheckResult run(CheckSpec spec) {
        // no engine at all: these checks must not need one
        return CheckRunner.evaluate(spec, new CheckContext(null, workspace, StepActivity.startedAt("test", 0)));
    }

    @Test
    void aFileCheckFailsNamingWhatIsThereThenPasses() throws IOException {
        CheckSpec spec = Specs.of(FILE, "path", "index.html", "contains", "My first image");
        Files.writeString(workspace.resolve("notes.txt"), "x");
        CheckResult missing = run(spec);
        assertEquals(CheckStatus.FAILED, missing.status());
        assertEquals("there is no file index.html in your workspace; it has: notes.txt", missing.render(EN));

        Files.writeString(workspace.resolve("index.html"), "<h1>My second image</h1>");
        assertEquals("check.file.contains", run(spec).key());

        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\r\n");
        assertEquals(CheckStatus.PASSED, run(spec).status());
    }

    @Test
    void aFileCheckReadsOnlyTheFirstMegabyte() throws IOException {
        byte[] big = new byte[WorkspaceFile.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'x');
        System.arraycopy("NEEDLE".getBytes(), 0, big, big.length - 6, 6);
        Files.write(workspace.resolve("big.txt"), big);
        assertEquals("check.file.contains", run(Specs.of(FILE, "path", "big.txt", "contains", "NEEDLE")).key());
        assertEquals(CheckStatus.PASSED, run(Specs.of(FILE, "path", "big.txt", "contains", "xxx")).status());
    }

    @Test
    void pathsLeavingTheWorkspaceAreRefusedEvenThroughALink(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("secret.txt"), "secret");
        assertEquals("check.file.outside", run(Specs.unvalidated(FILE, "path", "../secret.txt")).key());
        assertEquals("check.file.outside", run(Specs.unvalidated(FILE, "path", elsewhere.resolve("secret.txt").toString())).key());
        Files.createSymbolicLink(workspace.resolve("link.txt"), elsewhere.resolve("secret.txt"));
        assertEquals("check.file.outside", run(Specs.of(FILE, "path", "link.txt", "contains", "secret")).key());
        Files.createDirectories(workspace.resolve("www"));
        Files.writeString(workspace.resolve("www/index.html"), "hi");
        Files.createSymbolicLink(workspace.resolve("inside.html"), workspace.resolve("www/index.html"));
        assertEquals(CheckStatus.PASSED, run(Specs.of(FILE, "path", "inside.html", "contains", "hi")).status());
        assertEquals("check.file.isFolder", run(Specs.of(FILE, "path", "www")).key());
        assertEquals(CheckStatus.PASSED, run(Specs.of(FILE, "path", "www/index.html")).status());
    }

    private static final CheckSpec COURSE_STEP = Specs.of(DOCKERFILE, "path", "Dockerfile",
            "instructions", List.of("FROM", "RUN", "COPY", "EXPOSE", "CMD"), "from", "busybox");

    @Test
    void aDockerfileCheckNamesTheMissingInstructionsThenPasses() throws IOException {
        assertEquals("check.dockerfile.missing", run(COURSE_STEP).key());
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\n");
        CheckResult partial = run(COURSE_STEP);
        assertEquals(CheckStatus.FAILED, partial.status());
        assertEquals("Dockerfile lacks: COPY, EXPOSE, CMD; it has: FROM (line 1), RUN (line 2)", partial.render(EN));

        Files.writeString(workspace.resolve("Dockerfile"), String.join("\n", "FROM busybox", "RUN mkdir -p /www",
                "COPY index.html /www/index.html", "EXPOSE 8080",
                "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]", ""));
        assertEquals("check.dockerfile.sourceMissing", run(COURSE_STEP).key(), "COPY of a file the workspace lacks");
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        CheckResult done = run(COURSE_STEP);
        assertEquals(CheckStatus.PASSED, done.status(), done.render(EN));
        assertTrue(done.notes().isEmpty());
    }

    @Test
    void aDockerfileCheckPointsAtTheBadLine() throws IOException {
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\nRUN mkdir -p /www\nCOPI index.html /www/\n");
        CheckResult result = run(COURSE_STEP);
        assertEquals("Dockerfile line 3: COPI is not a Dockerfile instruction", result.render(EN));

        Files.writeString(workspace.resolve("Dockerfile"), "RUN echo hi\nFROM busybox\n");
        assertEquals("check.dockerfile.firstNotFrom", run(COURSE_STEP).key());
        Files.writeString(workspace.resolve("Dockerfile"), "# only a comment\n");
        assertEquals("check.dockerfile.empty", run(COURSE_STEP).key());
    }

    @Test
    void fromMatchesTheImageHoweverItIsWritten() throws IOException {
        CheckSpec spec = Specs.of(DOCKERFILE, "instructions", List.of("FROM"), "from", "busybox");
        for (String from : List.of("FROM busybox", "from busybox:latest", "FROM docker.io/library/busybox",
                "FROM busybox AS base", "FROM --platform=linux/amd64 busybox:1.36")) {
            Files.writeString(workspace.resolve("Dockerfile"), from + "\n");
            assertEquals(CheckStatus.PASSED, run(spec).status(), from);
        }
        Files.writeString(workspace.resolve("Dockerfile"), "\nFROM alpine\n");
        CheckResult wrong = run(spec);
        assertEquals("Dockerfile line 2: FROM names alpine, expected busybox", wrong.render(EN));
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox:1.36\n");
        assertEquals("check.dockerfile.from",
                run(Specs.of(DOCKERFILE, "from", "busybox:latest")).key(), "a tag written in the check is asked for");
    }

    @Test
    void crLfPassesWithANoteTheShellCanOfferToFix() throws IOException {
        Files.writeString(workspace.resolve("Dockerfile"), "FROM busybox\r\nRUN true\r\n");
        CheckResult result = run(Specs.of(DOCKERFILE, "path", "Dockerfile", "instructions", List.of("FROM", "RUN")));
        assertEquals(CheckStatus.PASSED, result.status());
        assertEquals(List.of(Message.of("check.dockerfile.crlf", "Dockerfile")), result.notes());
    }
}
