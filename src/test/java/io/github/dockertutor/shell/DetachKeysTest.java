package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetachKeysTest {
    /** Feeds keys in; returns what went on to the container, with "|DETACH" where it detached. */
    private static String feed(String keys) {
        DetachKeys detach = new DetachKeys();
        StringBuilder sent = new StringBuilder();
        for (char key : keys.toCharArray()) {
            DetachKeys.Step step = detach.accept(key);
            sent.append(step.send());
            if (step.detach()) {
                sent.append("|DETACH");
            }
        }
        return sent.toString();
    }

    @Test
    void ctrlPCtrlQDetachesAndSendsNothing() {
        assertEquals("ls\r|DETACH", feed("ls\r\u0010\u0011"));
    }

    @Test
    void ctrlPFollowedByAnotherKeyPassesBothOn() {
        assertEquals("\u0010x", feed("\u0010x"));
        assertEquals("\u0010\r", feed("\u0010\r"));
    }

    @Test
    void ctrlPIsHeldUntilTheNextKeyDecides() {
        DetachKeys detach = new DetachKeys();
        DetachKeys.Step first = detach.accept('\u0010');
        assertEquals("", first.send());
        assertFalse(first.detach());
        assertEquals("\u0010a", detach.accept('a').send());
    }

    @Test
    void ctrlPCtrlPCtrlQSendsOneCtrlPThenDetaches() {
        assertEquals("\u0010|DETACH", feed("\u0010\u0010\u0011"));
    }

    @Test
    void aLoneCtrlQIsAnOrdinaryKey() {
        assertEquals("\u0011", feed("\u0011"));
    }

    @Test
    void everythingElsePassesThroughUnchanged() {
        String keys = "echo 你好\u0003\u0004\u001b[A";
        assertEquals(keys, feed(keys));
        assertTrue(feed("\u0010\u0011abc").startsWith("|DETACH"));
    }
}
