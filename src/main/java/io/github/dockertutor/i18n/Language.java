package io.github.dockertutor.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages a learner can read the tutor in; the tag is what `--lang` and `lang` take. */
public enum Language {
    EN("en", "messages"),
    ZH_TW("zh-TW", "messages_zh_TW");

    private final String tag;
    private final String bundleName;

    Language(String tag, String bundleName) {
        this.tag = tag;
        this.bundleName = bundleName;
    }

    /** The tag as written in lesson files and on the command line: {@code en} or {@code zh-TW}. */
    public String tag() {
        return tag;
    }

    String bundleName() {
        return bundleName;
    }

    /** Parses a tag as a learner types it ({@code zh-TW}, {@code zh_tw}, {@code EN}); empty when unknown. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.toLowerCase(Locale.ROOT).equals(normalized)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** All tags, for help texts and error messages. */
    public static String allTags() {
        StringBuilder tags = new StringBuilder();
        for (Language language : values()) {
            if (tags.length() > 0) {
                tags.append('|');
            }
            tags.append(language.tag);
        }
        return tags.toString();
    }
}
