package io.github.dockertutor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageResolverTest {
    @Test
    void flagBeatsSavedBeatsEnvironment() {
        Map<String, String> env = Map.of("LANG", "zh_TW.UTF-8");
        assertEquals(Language.EN, LanguageResolver.resolve(Optional.of(Language.EN), Optional.of(Language.ZH_TW), env));
        assertEquals(Language.EN, LanguageResolver.resolve(Optional.empty(), Optional.of(Language.EN), env));
        assertEquals(Language.ZH_TW, LanguageResolver.resolve(Optional.empty(), Optional.empty(), env));
    }

    @Test
    void localeVariablesAreReadInTheCLibrarysOrder() {
        assertEquals(Language.EN, LanguageResolver.resolve(Optional.empty(), Optional.empty(),
                Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_TW.UTF-8")));
        assertEquals(Language.ZH_TW, LanguageResolver.resolve(Optional.empty(), Optional.empty(),
                Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW", "LANG", "C")));
        assertEquals(Language.EN, LanguageResolver.resolve(Optional.empty(), Optional.empty(), Map.of()));
    }

    @Test
    void traditionalChineseLocalesReadZhTw() {
        for (String locale : new String[] {"zh_TW.UTF-8", "zh_HK.Big5", "zh_Hant_TW", "zh-Hant", "zh_MO@euro"}) {
            assertEquals(Language.ZH_TW, LanguageResolver.fromPosixLocale(locale), locale);
        }
        for (String locale : new String[] {"zh_CN.UTF-8", "C", "POSIX", "en_GB", "ja_JP.UTF-8"}) {
            assertEquals(Language.EN, LanguageResolver.fromPosixLocale(locale), locale);
        }
    }

    @Test
    void tagsParseAsLearnersTypeThem() {
        assertEquals(Optional.of(Language.ZH_TW), Language.parse("zh_tw"));
        assertEquals(Optional.of(Language.EN), Language.parse(" EN "));
        assertEquals(Optional.empty(), Language.parse("fr"));
    }
}
