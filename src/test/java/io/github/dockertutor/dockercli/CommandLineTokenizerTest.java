package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTokenizerTest {
    private static List<String> words(String line) throws ParseException {
        return CommandLineTokenizer.tokenize(line);
    }

    private static ParseException error(String line) {
        return assertThrows(ParseException.class, () -> CommandLineTokenizer.tokenize(line));
    }

    @Test
    void blanksSeparateWords() throws ParseException {
        assertEquals(List.of("docker", "run", "-it", "busybox"), words("  docker\trun   -it busybox  "));
        assertEquals(List.of(), words(""));
        assertEquals(List.of(), words(" \t "));
    }

    @Test
    void singleQuotesAreLiteral() throws ParseException {
        assertEquals(List.of("echo", "a \"b\" \\n $HOME | x"), words("echo 'a \"b\" \\n $HOME | x'"));
    }

    @Test
    void doubleQuotesEscapeOnlyFourCharacters() throws ParseException {
        assertEquals(List.of("a\"b\\c$d`e"), words("\"a\\\"b\\\\c\\$d\\`e\""));
        // any other backslash stays, as in sh
        assertEquals(List.of("C:\\dir\\n"), words("\"C:\\dir\\n\""));
    }

    @Test
    void backslashOutsideQuotesEscapesTheNextCharacter() throws ParseException {
        assertEquals(List.of("a b", "|", "'"), words("a\\ b \\| \\'"));
    }

    @Test
    void adjacentPartsJoinIntoOneWord() throws ParseException {
        assertEquals(List.of("--name=a b"), words("--name=\"a b\""));
        assertEquals(List.of("abcdef"), words("ab'cd'\"ef\""));
        assertEquals(List.of("-e", "MSG=it's here"), words("-e MSG='it'\\''s here'"));
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() throws ParseException {
        assertEquals(List.of("--entrypoint", "", "busybox"), words("--entrypoint '' busybox"));
        assertEquals(List.of(""), words("\"\""));
    }

    @Test
    void nothingIsExpanded() throws ParseException {
        assertEquals(List.of("echo", "$HOME", "*.txt", "~", "${X}"), words("echo $HOME *.txt ~ ${X}"));
    }

    @Test
    void hashAtWordStartBeginsAComment() throws ParseException {
        assertEquals(List.of("docker", "images"), words("docker images   # list them"));
        assertEquals(List.of("a#b", "#c"), words("a#b '#c'"));
    }

    @Test
    void operatorsInsideQuotesAreText() throws ParseException {
        assertEquals(List.of("sh", "-c", "ls | wc -l > out; a && b"), words("sh -c 'ls | wc -l > out; a && b'"));
        assertEquals(List.of("x|y"), words("\"x|y\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "docker images | grep busybox!|!15",
        "docker ps > out.txt!>!11",
        "docker pull a && docker run a!&&!15",
        "docker ps; docker images!;!10",
        "docker run busybox &!&!20",
        "echo `id`!`!6",
        "echo $(pwd)!(!7",
        "docker ps 2>>err!>>!12",
        "cat < in!<!5"})
    void shellSyntaxOutsideQuotesIsRefusedWithItsColumn(String line, String operator, int column) {
        ParseException e = error(line);
        assertEquals("parse.line.shellSyntax", e.key());
        assertEquals(List.of(operator, column), e.args());
        assertEquals(column - 1, e.offset());
    }

    @Test
    void unclosedQuotesNameTheColumnOfTheOpeningQuote() {
        ParseException single = error("docker run --name 'web busybox");
        assertEquals("parse.line.unclosedSingleQuote", single.key());
        assertEquals(List.of(19), single.args());
        ParseException dbl = error("echo \"a\" \"b");
        assertEquals("parse.line.unclosedDoubleQuote", dbl.key());
        assertEquals(List.of(10), dbl.args());
        // an escaped quote does not close the string
        assertEquals("parse.line.unclosedDoubleQuote", error("echo \"a\\\"").key());
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        // the emoji is two chars in Java but one character on the line
        ParseException e = error("echo 😀 '");
        assertEquals(List.of(8), e.args());
        ParseException chinese = error("echo 映像檔 |");
        assertEquals(List.of("|", 10), chinese.args());
    }

    @Test
    void trailingBackslashIsRefused() {
        ParseException e = error("docker run \\");
        assertEquals("parse.line.trailingBackslash", e.key());
        assertEquals(List.of(12), e.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\n", "\r", "\u007f", "\u0085"})
    void controlCharactersOutsideQuotesAreNamed(String control) {
        ParseException e = error("docker ps" + control + "x");
        assertEquals("parse.line.controlChar", e.key());
        assertEquals(CommandLineTokenizer.describe(control.charAt(0)), e.args().get(0));
        assertEquals(10, e.args().get(1));
    }

    @Test
    void controlCharacterNameShowsTheCaretForm() {
        assertEquals("U+001B (^[)", CommandLineTokenizer.describe('\u001b'));
        assertEquals("U+0000 (^@)", CommandLineTokenizer.describe('\u0000'));
        assertEquals("U+007F (^?)", CommandLineTokenizer.describe('\u007f'));
    }

    @Test
    void escapedControlCharacterIsStillRefused() {
        assertEquals("parse.line.controlChar", error("a\\\u001b").key());
    }

    @Test
    void tabIsABlankAndControlCharactersInsideQuotesAreKept() throws ParseException {
        assertEquals(List.of("a", "b"), words("a\tb"));
        assertEquals(List.of("line1\nline2"), words("'line1\nline2'"));
    }

    @Test
    void fullWidthAndNonBreakingSpacesAreRefused() {
        ParseException ideographic = error("docker\u3000ps");
        assertEquals("parse.line.unusualSpace", ideographic.key());
        assertEquals(List.of("U+3000", 7), ideographic.args());
        assertEquals("parse.line.unusualSpace", error("docker\u00a0ps").key());
    }

    @Test
    void invisibleFormatCharactersAreRefused() {
        ParseException e = error("docker\u200b ps");
        assertEquals("parse.line.invisibleChar", e.key());
        assertEquals(List.of("U+200B", 7), e.args());
        assertEquals("parse.line.invisibleChar", error("\ufeffdocker ps").key());
    }

    @Test
    void overlongLinesAreRefused() throws ParseException {
        String limit = "x".repeat(CommandLineTokenizer.MAX_LINE_LENGTH);
        assertEquals(1, words(limit).size());
        ParseException e = error(limit + "x");
        assertEquals("parse.line.tooLong", e.key());
        assertEquals(List.of(8193, 8192), e.args());
    }
}
