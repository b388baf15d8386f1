package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinuedInputTest {
    @Test
    void aLineEndingInABackslashWaitsForTheNextAndTheyJoinWithOneSpace() {
        ContinuedInput input = new ContinuedInput();
        input.add("docker run -d --name web-1234 -p \\");
        assertTrue(input.waiting());
        assertEquals(Optional.empty(), input.next());
        input.add("  1234:8888 busybox sh -c \"mkdir \\ ");
        input.add("-p /www\"");
        assertFalse(input.waiting());
        assertEquals(Optional.of("docker run -d --name web-1234 -p 1234:8888 busybox sh -c \"mkdir -p /www\""),
                input.next());
        assertEquals(Optional.empty(), input.next());
    }

    @Test
    void aPasteOfSeveralLinesGivesItsCommandsInOrder() {
        ContinuedInput input = new ContinuedInput();
        input.add("docker run -d \\\r\n  busybox\ndocker ps");
        assertEquals(Optional.of("docker run -d busybox"), input.next());
        assertEquals(Optional.of("docker ps"), input.next());
        assertEquals(Optional.empty(), input.next());
    }

    @Test
    void anEscapedBackslashEndsTheCommand() {
        ContinuedInput input = new ContinuedInput();
        input.add("echo a\\\\");
        assertEquals(Optional.of("echo a\\\\"), input.next());
    }

    @Test
    void theEndOfInputKeepsWhatWasTypedAndCtrlCDropsIt() {
        ContinuedInput input = new ContinuedInput();
        input.add("docker pull \\");
        assertEquals(Optional.of("docker pull"), input.rest());
        input.add("docker pull \\");
        input.clear();
        assertFalse(input.waiting());
        assertEquals(Optional.empty(), input.rest());
    }

    @Test
    void aScriptedSessionJoinsContinuedLinesAndEchoesThemUnderTheContinuationPrompt() {
        String script = "docker run -d \\\n  --name web busybox\nhelp\n";
        StringWriter echo = new StringWriter();
        ScriptedLineSource lines = new ScriptedLineSource(
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), new PrintWriter(echo));
        assertEquals(Optional.of("docker run -d --name web busybox"), lines.readLine("docker> "));
        assertEquals(Optional.of("help"), lines.readLine("docker> "));
        assertEquals(Optional.empty(), lines.readLine("docker> "));
        assertEquals("docker> docker run -d \\\n>   --name web busybox\ndocker> help\n",
                echo.toString().replace("\r\n", "\n"));
    }
}
