package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.i18n.ShortList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckMessageTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH_TW);

    @Test
    void aMissingImageNamesWhatTheLearnerHasInBothLanguages() {
        CheckResult result = CheckResult.failed("check.image.missing", "my-first-image:latest",
                ShortList.of(List.of("busybox:latest", "python:3.12")));
        assertEquals("no image tagged my-first-image:latest; you have: busybox:latest, python:3.12", result.render(EN));
        assertEquals("沒有標籤為 my-first-image:latest 的映像檔；你有的是：busybox:latest、python:3.12", result.render(ZH));
    }

    @Test
    void longListsShowFiveAndCountTheRest() {
        ShortList list = ShortList.of(List.of("a", "b", "c", "d", "e", "f", "g"));
        assertEquals("a, b, c, d, e and 2 more", list.render(EN));
        assertEquals("a、b、c、d、e 等，還有 2 個", list.render(ZH));
        assertEquals("(none)", ShortList.of(List.of()).render(EN));
    }

    @Test
    void nestedMessagesRenderInTheSameLanguage() {
        CheckResult result = CheckResult.failed("check.container.state", "web", Message.of("check.state.exited"),
                Message.of("check.state.running"));
        assertEquals("container web is exited, expected running", result.render(EN));
        assertEquals("容器 web 的狀態是「已結束」，應該是「執行中」", result.render(ZH));
    }

    @Test
    void everyCheckKeyExistsInBothLanguages() {
        Set<String> english = Messages.keys(Language.EN);
        long checkKeys = english.stream().filter(k -> k.startsWith("check.")).count();
        assertTrue(checkKeys > 60, "check keys: " + checkKeys);
        for (String key : english) {
            if (key.startsWith("check.")) {
                assertTrue(ZH.has(key), key);
                assertFalse(ZH.get(key).contains("鏡像") || ZH.get(key).contains("端口"), key);
            }
        }
    }
}
