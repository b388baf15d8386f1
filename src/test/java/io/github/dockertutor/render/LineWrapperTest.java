package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    @Test
    void breaksAtSpaces() {
        assertEquals(List.of("the quick", "brown fox"), LineWrapper.wrap("the quick brown fox", 10));
    }

    @Test
    void breaksBetweenChineseCharactersCountingTwoColumnsEach() {
        // 12 characters, 24 columns: 5 characters (10 columns) per line
        assertEquals(List.of("容器把應用", "程式和它需", "要的一切"), LineWrapper.wrap("容器把應用程式和它需要的一切", 10));
    }

    @Test
    void breaksBetweenChineseAndEnglishWithoutSpaces() {
        assertEquals(List.of("請用docker", "指令"), LineWrapper.wrap("請用docker指令", 10));
    }

    @Test
    void neverBreaksInsideAnEnglishWordOrANumber() {
        List<String> lines = LineWrapper.wrap("containers 1234567 publishing", 12);
        assertEquals(List.of("containers", "1234567", "publishing"), lines);
    }

    @Test
    void keepsAUrlWholeOnALineOfItsOwnWhenItFits() {
        String url = "https://docs.docker.com/get-started/";
        assertEquals(List.of("see", url, "now"), LineWrapper.wrap("see " + url + " now", 38));
    }

    @Test
    void splitsATokenOnlyWhenItIsWiderThanTheLine() {
        List<String> lines = LineWrapper.wrap("go https://example.com/abcdefghij end", 10);
        assertEquals(List.of("go", "https://ex", "ample.com/", "abcdefghij", "end"), lines);
    }

    @Test
    void closingPunctuationNeverStartsALineAndTakesThePreviousCharacterAlong() {
        // "一二三四，" would put the comma at the start of line two at width 8
        List<String> lines = LineWrapper.wrap("一二三四，五六", 8);
        assertEquals(List.of("一二三", "四，五六"), lines);
        for (String closing : new String[] {"。", "、", "；", "：", "！", "？", "」", "』", "）", "〉", "》", "…"}) {
            for (String line : LineWrapper.wrap("一二三四" + closing + "五六七八", 8)) {
                assertFalse(line.startsWith(closing), closing + " starts " + line);
            }
        }
    }

    @Test
    void openingBracketsNeverEndALine() {
        List<String> lines = LineWrapper.wrap("一二三「四五」", 8);
        assertEquals(List.of("一二三", "「四五」"), lines);
        for (String line : LineWrapper.wrap("一二三『四五』六（七）", 8)) {
            assertFalse(line.endsWith("「") || line.endsWith("『") || line.endsWith("（"), line);
        }
    }

    @Test
    void punctuationAfterASpaceStaysWithTheWordBeforeIt() {
        for (String line : LineWrapper.wrap("docker images ，看看", 14)) {
            assertFalse(line.startsWith("，"), line);
        }
    }

    /** At every width a learner's terminal may have, "start 1" is read, and typed, from one line. */
    @Test
    void aShortQuotedCommandStaysOnOneLineInBothLanguages() {
        for (int width = 20; width <= 80; width++) {
            for (String sentence : List.of("目前沒有開啟任何一課。輸入「lessons」看看課程內容，輸入「start 1」開始。",
                    "No lesson is open. Type 'lessons' to see the course, 'start 1' to begin.",
                    "To forget it, type 'name --clear' (or 「name --clear」).")) {
                List<String> lines = LineWrapper.wrap(sentence, width);
                assertEquals(sentence.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost");
                for (String line : lines) {
                    assertTrue(Columns.of(line) <= width, width + ": " + lines);
                    if (line.endsWith("start") || line.endsWith("name")) {
                        throw new AssertionError("a command broken at " + width + " columns: " + lines);
                    }
                }
            }
        }
    }

    @Test
    void aKeptSpaceHoldsWhileItsCommandFitsAndYieldsBeforeAWordIsCut() {
        // a plain space breaks as early as it can; a kept one takes its command down whole
        assertEquals(List.of("type answer", "c"), LineWrapper.wrap("type answer c", 12));
        assertEquals(List.of("type", "answer c"), LineWrapper.wrap("type answer\u00A0c", 12));
        // wider than the line: it breaks at its kept spaces, never inside "busybox"
        assertEquals(List.of("docker", "pull", "busybox"), LineWrapper.wrap("docker\u00A0pull\u00A0busybox", 7));
        assertEquals(7, LineWrapper.longestUnbreakable(new AttributedString("docker\u00A0pull\u00A0busybox")));
    }

    /** A quote of 24 columns is a command and keeps its spaces; one of 25 is a phrase. */
    @Test
    void aQuotedCommandIsAtMostTwentyFourColumns() {
        String longest = "'aaaa bbbb cccc dddd eeee' and 'aaaa bbbb cccc dddd eeeee'";
        boolean[] kept = LineWrapper.spacesInQuotedCommands(longest);
        for (int at = 0; at < longest.length(); at++) {
            assertEquals(longest.charAt(at) == ' ' && at < 25, kept[at], "at " + at + " of " + longest);
        }
    }

    @Test
    void aLongQuoteAndAnApostropheStillBreakAtTheirSpaces() {
        // longer than a command of the tutor's: a phrase, which may break
        assertEquals(List.of("Type 'docker run --rm -p 8080:80", "my-image' now"),
                LineWrapper.wrap("Type 'docker run --rm -p 8080:80 my-image' now", 40));
        // "learner's" opens no quote, so the space after it is an ordinary break
        assertEquals(List.of("the learner's", "work and 'x y'"), LineWrapper.wrap("the learner's work and 'x y'", 14));
    }

    @Test
    void stylesSurviveWrapping() {
        AttributedStringBuilder text = new AttributedStringBuilder();
        text.append("plain ");
        text.append("bold words here", AttributedStyle.BOLD);
        List<AttributedString> lines = LineWrapper.wrap(text.toAttributedString(), 11);
        assertEquals("plain bold", lines.get(0).toString());
        assertEquals(AttributedStyle.DEFAULT, lines.get(0).styleAt(0));
        assertEquals(AttributedStyle.BOLD, lines.get(0).styleAt(6));
        assertEquals("words here", lines.get(1).toString());
        assertEquals(AttributedStyle.BOLD, lines.get(1).styleAt(0));
        assertEquals(AttributedStyle.BOLD, lines.get(1).styleAt(9));
    }

    @Test
    void aNewlineIsAForcedBreak() {
        assertEquals(List.of("one", "two"), LineWrapper.wrap("one\ntwo", 40));
    }

    @Test
    void hiddenEscapeSequencesTakeNoColumns() {
        AttributedStringBuilder text = new AttributedStringBuilder();
        text.append("see ");
        text.append(Hyperlinks.open("https://example.com/"), AttributedStyle.DEFAULT.hidden());
        text.append("the docs");
        text.append(Hyperlinks.CLOSE, AttributedStyle.DEFAULT.hidden());
        List<AttributedString> lines = LineWrapper.wrap(text.toAttributedString(), 12);
        assertEquals(1, lines.size());
        assertEquals(12, lines.get(0).columnLength());
    }

    @Test
    void noLineIsWiderThanTheWidthAndNothingIsLost() {
        String text = "映像檔（image）是建立容器的範本，docker pull busybox 會從 https://hub.docker.com/ 下載它。";
        for (int width = 1; width <= 60; width++) {
            List<String> lines = LineWrapper.wrap(text, width);
            StringBuilder joined = new StringBuilder();
            for (String line : lines) {
                assertTrue(Columns.of(line) <= Math.max(width, 2), width + ": " + line);
                joined.append(line);
            }
            assertEquals(text.replace(" ", ""), joined.toString().replace(" ", ""), "width " + width);
        }
    }
}
