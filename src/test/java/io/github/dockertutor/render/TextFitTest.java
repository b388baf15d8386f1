package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextFitTest {
    @Test
    void aLineThatFitsStaysAsItIs() {
        assertEquals(List.of("  [ok] unix:///var/run/docker.sock  (x)"),
                TextFit.lines("  [ok] unix:///var/run/docker.sock  (x)", 40));
    }

    @Test
    void theLinesAfterTheFirstGoUnderTheTextPastTheIndentAndTheMarker() {
        assertEquals(List.of(
                "  - Start Docker Desktop and wait",
                "    until it says it is running."),
                TextFit.lines("  - Start Docker Desktop and wait until it says it is running.", 34));
        assertEquals(List.of(
                "  [!!] the engine did not answer in",
                "       time"),
                TextFit.lines("  [!!] the engine did not answer in time", 36));
    }

    @Test
    void aLabelledLineGoesOnUnderItsText() {
        assertEquals(List.of(
                "  help     the list of commands, or",
                "           one command's full help"),
                TextFit.hanging("  help     ", "the list of commands, or one command's full help", 36));
        assertEquals(List.of("  a-very-long-label", "    the text"), TextFit.hanging("  a-very-long-label  ", "the text", 20));
    }

    @Test
    void aLineOfATwoColumnListGoesOnUnderItsSecondColumn() {
        assertEquals(List.of(
                "  -d, --detach   Run container in",
                "                 background and print",
                "                 its id"),
                TextFit.lines("  -d, --detach   Run container in background and print its id", 38));
    }

    @Test
    void aUrlTooWideBesideTheIndentGetsALineOfItsOwnInsteadOfBeingSplit() {
        assertEquals(List.of(
                "  Install Docker Engine:",
                "https://docs.docker.com/engine/install/",
                "  and start it."),
                TextFit.lines("  Install Docker Engine: https://docs.docker.com/engine/install/ and start it.", 40));
    }

    @Test
    void chineseBreaksBetweenCharactersUnderTheIndent() {
        List<String> lines = TextFit.lines("  - 你的工作資料夾（放 Dockerfile 與要建置的檔案）：/tmp/dt-term-ws", 30);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals("    ", line.substring(0, 4), line);
        }
        for (String line : lines) {
            assertEquals(true, Columns.of(line) <= 30, line);
        }
    }

    @Test
    void onAScreenTooNarrowForTheIndentTheLinesStartAtTheMargin() {
        assertEquals(List.of("abc def ghi jkl mno", "pqr"),
                TextFit.lines("          abc def ghi jkl mno pqr", 20));
    }
}
