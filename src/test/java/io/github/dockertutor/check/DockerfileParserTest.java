package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

    private static List<String> keywords(Dockerfile dockerfile) {
        return dockerfile.instructions().stream().map(DockerfileInstruction::keyword).toList();
    }

    @Test
    void readsTheCourseDockerfileWithLinesAndForms() {
        Dockerfile file = DockerfileParser.parse(String.join("\n",
                "FROM busybox",
                "RUN mkdir -p /www",
                "COPY index.html /www/index.html",
                "EXPOSE 8080",
                "CMD [\"httpd\", \"-f\", \"-vv\", \"-p\", \"8080\", \"-h\", \"/www\"]", ""));
        assertEquals(List.of("FROM", "RUN", "COPY", "EXPOSE", "CMD"), keywords(file));
        assertEquals(List.of(1, 2, 3, 4, 5), file.instructions().stream().map(DockerfileInstruction::line).toList());
        assertEquals(List.of("httpd", "-f", "-vv", "-p", "8080", "-h", "/www"), file.first("CMD").get().json());
        assertFalse(file.first("RUN").get().isJsonForm());
        assertTrue(file.problems().isEmpty());
        assertFalse(file.crlf());
    }

    @Test
    void joinsContinuationsSkippingCommentAndBlankLinesInside() {
        Dockerfile file = DockerfileParser.parse(String.join("\n",
                "# a comment",
                "",
                "from busybox",
                "RUN echo one \\",
                "    # a comment inside the continuation",
                "",
                "    && echo two   \\   ",
                "    && echo three",
                "cmd echo done"));
        assertEquals(List.of("FROM", "RUN", "CMD"), keywords(file));
        DockerfileInstruction run = file.first("RUN").get();
        assertEquals(4, run.line());
        assertEquals("echo one     && echo two       && echo three", run.arguments());
        assertEquals(9, file.first("CMD").get().line());
    }

    @Test
    void theEscapeDirectiveChangesTheContinuationCharacter() {
        Dockerfile file = DockerfileParser.parse(String.join("\n",
                "# escape=`",
                "FROM busybox",
                "COPY a\\b `",
                "   c:\\dest\\"));
        assertEquals('`', file.escape());
        assertEquals(List.of("FROM", "COPY"), keywords(file));
        assertEquals("a\\b    c:\\dest\\", file.first("COPY").get().arguments());
    }

    @Test
    void aDirectiveAfterACommentIsOnlyAComment() {
        Dockerfile file = DockerfileParser.parse("# hello\n# escape=`\nFROM busybox\nRUN a \\\n  b\n");
        assertEquals('\\', file.escape());
        assertEquals("a   b", file.first("RUN").get().arguments());
    }

    @Test
    void acceptsCrLfAndAByteOrderMarkButSaysSoAboutCrLf() {
        Dockerfile file = DockerfileParser.parse("\uFEFFFROM busybox\r\nRUN echo a \\\r\n  b\r\nCMD [\"sh\"]\r\n");
        assertTrue(file.crlf());
        assertEquals(List.of("FROM", "RUN", "CMD"), keywords(file));
        assertEquals("echo a   b", file.first("RUN").get().arguments());
        assertEquals(List.of("sh"), file.first("CMD").get().json());
        assertTrue(file.problems().isEmpty(), file.problems().toString());
    }

    @Test
    void reportsAnUnknownInstructionWithItsLine() {
        Dockerfile file = DockerfileParser.parse("FROM busybox\n\nFORM busybox\nRUN\n");
        assertEquals(2, file.problems().size());
        assertEquals(3, file.problems().get(0).line());
        assertEquals(Message.of("check.dockerfile.unknownInstruction", "FORM"), file.problems().get(0).message());
        assertEquals(4, file.problems().get(1).line());
        assertEquals("check.dockerfile.noArguments", file.problems().get(1).message().key());
    }

    @Test
    void fromTakesFlagsAndAStageName() {
        Dockerfile file = DockerfileParser.parse(
                "FROM --platform=linux/amd64 busybox AS base\nFROM base\nFROM busybox extra\nFROM a as b c\n");
        assertEquals("busybox", Dockerfile.fromImage(file.instructions().get(0)).get());
        assertEquals(List.of(3, 4), file.problems().stream().map(Dockerfile.Problem::line).toList());
        assertEquals("check.dockerfile.badFrom", file.problems().get(0).message().key());
    }

    @Test
    void aBadEscapeValueIsAProblem() {
        Dockerfile file = DockerfileParser.parse("# escape=x\nFROM busybox\n");
        assertEquals(1, file.problems().size());
        assertEquals(1, file.problems().get(0).line());
    }

    @Test
    void aBracketThatIsNotJsonIsTheShellForm() {
        Dockerfile file = DockerfileParser.parse("FROM busybox\nCMD [ -f /x ] && echo y\nRUN [\"a\", 1]\n");
        assertFalse(file.first("CMD").get().isJsonForm());
        assertFalse(file.first("RUN").get().isJsonForm());
    }

    @Test
    void aContinuationAtTheEndOfTheFileEndsTheInstruction() {
        Dockerfile file = DockerfileParser.parse("FROM busybox\nRUN echo a \\\n");
        assertEquals("echo a", file.first("RUN").get().arguments());
        assertTrue(file.problems().isEmpty());
    }

    @Test
    void anEmptyFileHasNoInstructions() {
        assertTrue(DockerfileParser.parse("").instructions().isEmpty());
        assertTrue(DockerfileParser.parse("# only a comment\n\n").instructions().isEmpty());
    }
}
