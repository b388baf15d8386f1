package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import io.github.dockertutor.render.ContinuedLines.Syntax;
import org.junit.jupiter.api.Test;

class ContinuedLinesTest {
    private static final String WEB = "docker run -d --name web-1234 -p 1234:8888 busybox sh -c "
            + "\"mkdir -p /www && echo hello from a container > /www/index.html && httpd -f -p 8888 -h /www\"";

    @Test
    void aLongCommandGoesOnInLinesThatEndInABackslashAndJoinBackToIt() {
        for (int width = 20; width <= 160; width++) {
            List<String> lines = ContinuedLines.split(WEB, width, Syntax.SHELL).orElseThrow(AssertionError::new);
            for (int i = 0; i < lines.size(); i++) {
                assertTrue(Columns.of(lines.get(i)) <= width, width + ": " + lines.get(i));
                assertEquals(i < lines.size() - 1, lines.get(i).endsWith(" \\"), width + ": " + lines.get(i));
            }
            assertEquals(WEB, ContinuedLines.join(lines), "at " + width);
        }
    }

    @Test
    void linesGoOnOutsideQuotesIndentedAndInsideDoubleQuotesNot() {
        List<String> lines = ContinuedLines.split(WEB, 36, Syntax.SHELL).orElseThrow();
        assertEquals(List.of(
                "docker run -d --name web-1234 -p \\",
                "  1234:8888 busybox sh -c \"mkdir \\",
                "-p /www && echo hello from a \\",
                "container > /www/index.html && \\",
                "httpd -f -p 8888 -h /www\""), lines);
    }

    @Test
    void aLineThatFitsIsLeftAlone() {
        assertEquals(Optional.of(List.of("docker pull busybox")),
                ContinuedLines.split("docker pull busybox", 19, Syntax.SHELL));
    }

    @Test
    void singleQuotesAndCommentsAreNeverSplit() {
        String quoted = "echo 'one two three four five six'";
        assertEquals(Optional.empty(), ContinuedLines.split(quoted, 20, Syntax.SHELL),
                "a backslash inside single quotes stays a backslash in a shell");
        assertEquals(List.of("echo \\", "  'one two three four five six'"),
                ContinuedLines.split(quoted, 33, Syntax.SHELL).orElseThrow());
        assertEquals(Optional.empty(), ContinuedLines.split("ls # one two three four five", 12, Syntax.SHELL));
    }

    @Test
    void aWordWiderThanTheLineCannotBeContinued() {
        assertEquals(Optional.empty(), ContinuedLines.split("curl http://localhost:1234/a/long/path", 20,
                Syntax.SHELL));
    }

    @Test
    void dockerfileStringsStayWhole() {
        String cmd = "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]";
        List<String> lines = ContinuedLines.split(cmd, 36, Syntax.DOCKERFILE).orElseThrow();
        assertEquals(List.of("CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \\", "  \"8080\", \"-h\", \"/www\"]"), lines);
        assertEquals(cmd, ContinuedLines.join(lines));
        assertEquals(Optional.empty(), ContinuedLines.split("LABEL a=\"one two three four\"", 20,
                Syntax.DOCKERFILE));
        assertEquals(Optional.empty(), ContinuedLines.split("# a comment of many words here", 12,
                Syntax.DOCKERFILE));
    }

    @Test
    void aLineKeepsItsOwnIndentAndItsOwnBackslash() {
        String line = " && apt-get install -y --no-install-recommends curl git \\";
        List<String> lines = ContinuedLines.split(line, 36, Syntax.DOCKERFILE).orElseThrow();
        assertEquals(List.of(" && apt-get install -y \\", "   --no-install-recommends curl \\", "   git \\"),
                lines);
    }

    @Test
    void aBackslashAtTheEndContinuesUnlessItIsEscaped() {
        assertTrue(ContinuedLines.continues("docker run \\"));
        assertTrue(ContinuedLines.continues("docker run \\   "));
        assertTrue(ContinuedLines.continues("docker run\\"));
        assertFalse(ContinuedLines.continues("echo a\\\\"));
        assertFalse(ContinuedLines.continues("docker run"));
        assertFalse(ContinuedLines.continues(""));
        assertEquals("docker run -d busybox", ContinuedLines.join(List.of("docker run \\", "   -d \\ ", "busybox")));
    }
}
