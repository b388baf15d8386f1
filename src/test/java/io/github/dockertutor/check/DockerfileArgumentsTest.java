package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.DOCKERFILE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson 6's Dockerfile judged by what its instructions say, not only which exist: each wrong
 * attempt a learner made (a typo in COPY's file, a CMD without {@code -h /www}, the shell form, a
 * page copied elsewhere, another port) fails and names what to fix; the lesson's own file passes.
 */
class DockerfileArgumentsTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final CheckSpec STEP = Specs.of(DOCKERFILE, "instructions", List.of("FROM", "COPY", "EXPOSE", "CMD"),
            "from", "busybox", "copies", List.of("index.html /www/index.html"),
            "cmd", List.of("httpd", "-f", "-p 8080", "-h /www"), "exposes", "8080");
    private static final String GOOD = """
            FROM busybox
            RUN mkdir -p /www
            COPY index.html /www/index.html
            EXPOSE 8080
            CMD ["httpd", "-f", "-vv", "-p", "8080", "-h", "/www"]
            """;

    @TempDir
    Path workspace;

    private CheckResult with(String dockerfile) throws IOException {
        Files.writeString(workspace.resolve("Dockerfile"), dockerfile);
        return CheckRunner.evaluate(STEP, new CheckContext(null, workspace, StepActivity.startedAt("06", 0)));
    }

    @Test
    void theLessonsDockerfilePassesOnlyWhenThePageIsThere() throws IOException {
        assertEquals("check.dockerfile.sourceMissing", with(GOOD).key());
        Files.writeString(workspace.resolve("index.html"), "<h1>My first image</h1>\n");
        CheckResult passed = with(GOOD);
        assertEquals(CheckStatus.PASSED, passed.status(), passed.render(EN));
    }

    @Test
    void aTypoInTheCopiedFileNamesTheLineAndWhatTheWorkspaceHas() throws IOException {
        Files.writeString(workspace.resolve("index.html"), "hi");
        CheckResult result = with(GOOD.replace("COPY index.html", "COPY index.htm"));
        assertEquals("check.dockerfile.sourceMissing", result.key());
        assertEquals("Dockerfile line 3: COPY copies index.htm, but the build context (your workspace) has no such "
                + "file, so the build would stop there; it has: Dockerfile, index.html", result.render(EN));
    }

    @Test
    void wrongArgumentsFailEachForItsOwnReason() throws IOException {
        Files.writeString(workspace.resolve("index.html"), "hi");
        assertEquals("check.dockerfile.cmdMissing",
                with(GOOD.replace(", \"-h\", \"/www\"", "")).key(), "no -h /www: httpd would serve an empty folder");
        assertEquals("check.dockerfile.cmdShellForm",
                with(GOOD.replace("CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]",
                        "CMD httpd -f -p 8080 -h /www")).key());
        assertEquals("check.dockerfile.copyTo", with(GOOD.replace("/www/index.html", "/index.html")).key());
        assertEquals("check.dockerfile.cmdMissing", with(GOOD.replace("\"8080\", \"-h\"", "\"80\", \"-h\"")).key());
        assertEquals("check.dockerfile.exposes", with(GOOD.replace("EXPOSE 8080", "EXPOSE 80")).key());
        assertEquals("check.dockerfile.cmdProgram", with(GOOD.replace("[\"httpd\",", "[\"busybox\", \"httpd\",")).key());
    }

    @Test
    void aFolderTargetAWorkdirAndAWildcardCountAsDocker() throws IOException {
        Files.writeString(workspace.resolve("index.html"), "hi");
        assertEquals(CheckStatus.PASSED, with(GOOD.replace("COPY index.html /www/index.html", "COPY index.html /www/"))
                .status());
        assertEquals(CheckStatus.PASSED, with(GOOD.replace("COPY index.html /www/index.html",
                "WORKDIR /www\nCOPY index.html .")).status());
        assertEquals(CheckStatus.PASSED, with(GOOD.replace("COPY index.html /www/index.html", "COPY *.html /www/"))
                .status());
        assertEquals("check.dockerfile.sourceMissing",
                with(GOOD.replace("COPY index.html /www/index.html", "COPY *.htm /www/")).key());
    }
}
