package io.github.dockertutor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void fillsPlaceholdersAsPlainText() {
        assertEquals("a 1 b x {2}", Messages.fill("a {0} b {1} {2}", 1, "x"));
        assertEquals("don't {0}", Messages.fill("don't {0}", new Object[0]));
        assertEquals("{name} stays", Messages.fill("{name} stays", "x"));
    }

    @Test
    void unknownKeyShowsItself() {
        assertEquals("[no.such.key]", Messages.of(Language.ZH_TW).get("no.such.key"));
    }

    @Test
    void chineseIsReallyChinese() {
        String english = Messages.of(Language.EN).get("shell.bye");
        String chinese = Messages.of(Language.ZH_TW).get("shell.bye");
        assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertTrue(!english.equals(chinese));
    }
}
