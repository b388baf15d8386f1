package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stamp changes with every word of the English, and with nothing a reader cannot see. */
class TranslationStampTest {
    private static final String TEXT = "Pull the image:\n\n```bash\ndocker pull busybox\n```\n\nThen list it.";

    @Test
    void isSevenHexDigitsOfTheText() {
        String stamp = TranslationStamp.of(TEXT);
        assertTrue(TranslationStamp.wellFormed(stamp), stamp);
        assertEquals(stamp, TranslationStamp.of(TEXT));
        assertFalse(TranslationStamp.wellFormed("1A2B3C4"));
        assertFalse(TranslationStamp.wellFormed("1a2b3c"));
    }

    @Test
    void lineEndsTrailingSpacesAndBlankLinesDoNotCount() {
        String stamp = TranslationStamp.of(TEXT);
        assertEquals(stamp, TranslationStamp.of(TEXT.replace("\n", "\r\n")));
        assertEquals(stamp, TranslationStamp.of(TEXT.replace("image:", "image:   \t")));
        assertEquals(stamp, TranslationStamp.of("\n\n" + TEXT.replace("\n\n", "\n\n\n\n") + "\n\n"));
    }

    @Test
    void everyVisibleChangeCounts() {
        String stamp = TranslationStamp.of(TEXT);
        assertNotEquals(stamp, TranslationStamp.of(TEXT.replace("busybox", "alpine")));
        assertNotEquals(stamp, TranslationStamp.of(TEXT.replace("Then list", "Then  list")));
        assertNotEquals(stamp, TranslationStamp.of(TEXT.replace("\n\nThen", "\nThen")), "a paragraph break is seen");
        assertNotEquals(stamp, TranslationStamp.of(TEXT.replace("docker pull", "  docker pull")), "indentation in code is seen");
    }

    @Test
    void aSectionsTitleIsPartOfIt() {
        assertNotEquals(TranslationStamp.ofSection("Get busybox", TEXT), TranslationStamp.ofSection("Get alpine", TEXT));
    }

    @Test
    void theHeadingIsRewrittenOnlyWhereItsStampGoes() {
        assertEquals("## 拉取 {#pull src=1234567}", HeadingAttributes.withStamp("## 拉取 {#pull}", "1234567"));
        assertEquals("## 拉取 {#pull src=1234567}", HeadingAttributes.withStamp("## 拉取 {#pull src=abcdef0}  ", "1234567"));
        assertEquals("# 標題 {src=1234567}", HeadingAttributes.withStamp("# 標題", "1234567"));
        assertEquals("# Use {braces} {src=1234567}", HeadingAttributes.withStamp("# Use {braces}", "1234567"));
        assertEquals("# 標題 {src=1234567}", HeadingAttributes.withStamp("# 標題 {src=1234567}", "1234567"));
    }
}
