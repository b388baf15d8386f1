package io.github.dockertutor.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the language: the {@code --lang} flag, then the learner's saved preference, then the POSIX
 * locale variables in the order the C library reads them. Traditional-Chinese locales (Taiwan, Hong
 * Kong, anything written in Hant) read zh-TW; everything else reads English.
 */
public final class LanguageResolver {
    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private LanguageResolver() {
    }

    public static Language resolve(Optional<Language> flag, Optional<Language> saved, Map<String, String> env) {
        if (flag.isPresent()) {
            return flag.get();
        }
        if (saved.isPresent()) {
            return saved.get();
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = env.get(variable);
            // an empty variable is skipped, as the C library does; a set one decides, even if it is "C"
            if (value != null && !value.isBlank()) {
                return fromPosixLocale(value);
            }
        }
        return Language.EN;
    }

    /** Maps a POSIX locale such as {@code zh_TW.UTF-8} or {@code zh_Hant_HK} to a language. */
    public static Language fromPosixLocale(String value) {
        String locale = value.split("[.@]", 2)[0].replace('-', '_').toLowerCase(Locale.ROOT);
        if (locale.equals("zh_tw") || locale.equals("zh_hk") || locale.equals("zh_mo")
                || locale.startsWith("zh_hant")) {
            return Language.ZH_TW;
        }
        return Language.EN;
    }
}
