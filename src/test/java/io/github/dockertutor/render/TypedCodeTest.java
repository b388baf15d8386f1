package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class TypedCodeTest {
    private static List<String> render(String code, String language, int width) {
        TypedCode.Kind kind = TypedCode.Kind.of(language).orElseThrow();
        return new TypedCode(Theme.of(false)).render(code, language, kind, width).stream()
                .map(AttributedString::toString).toList();
    }

    @Test
    void aCommandSitsBetweenRulesWithNothingBesideItToCopy() {
        assertEquals(List.of(
                "-- bash -------------",
                "  docker pull busybox",
                "---------------------"), render("docker pull busybox\n", "bash", 80));
    }

    @Test
    void aCommandTooWideGoesOnAfterABackslashInsteadOfBeingCut() {
        assertEquals(List.of(
                "-- bash --------------------------",
                "  docker run -d --name my-web -p \\",
                "    8080:8080 my-first-image",
                "----------------------------------"),
                render("docker run -d --name my-web -p 8080:8080 my-first-image\n", "bash", 40));
    }

    @Test
    void aDockerfileInstructionGoesOnTooAndMarkupWrapsBetweenWords() {
        assertEquals(List.of(
                "-- dockerfile ----------------------",
                "  CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \\",
                "    \"8080\", \"-h\", \"/www\"]",
                "------------------------------------"),
                render("CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]\n", "dockerfile", 40));
        assertEquals(List.of(
                "-- html ----------------------------",
                "  <p>Built from a Dockerfile I wrote",
                "    myself.</p>",
                "------------------------------------"),
                render("<p>Built from a Dockerfile I wrote myself.</p>\n", "html", 40));
    }

    @Test
    void onlyALineWithAWordWiderThanTheScreenIsStillCutVisibly() {
        List<String> lines = render("curl http://localhost:1234/a/very/long/path/to/a/page\n", "sh", 30);
        assertEquals(3, lines.size());
        assertEquals("  curl http://localhost:1234/>", lines.get(1));
    }

    @Test
    void aLineOfPythonOrCsvIsNeverBrokenSinceABreakWouldChangeIt() {
        assertEquals(List.of(
                "-- python --------",
                "  for row in rows:",
                "      total += 1",
                "------------------"), render("for row in rows:\n    total += 1\n", "python", 40));
        List<String> lines = render("print(len(rows), \"rows,\", len(groups))\n", "python", 30);
        assertEquals(3, lines.size());
        assertEquals("  print(len(rows), \"rows,\", l>", lines.get(1));
        assertEquals(3, render("Taipei,1,16.1\n", "csv", 40).size());
    }

    @Test
    void outputAndDrawingsAreNotTyped() {
        assertEquals(java.util.Optional.empty(), TypedCode.Kind.of("text"));
        assertEquals(java.util.Optional.empty(), TypedCode.Kind.of(""));
    }
}
