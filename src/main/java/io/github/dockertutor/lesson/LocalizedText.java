package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;

/**
 * A short text written in both languages, such as a lesson title, a hint or a step's prose.
 *
 * @param en   the English text; never null in a loaded lesson (the linter requires it)
 * @param zhTw the Traditional Chinese (Taiwan) text; null only when a translation is missing
 */
public record LocalizedText(String en, String zhTw) {

    /**
     * The text in one language, and whether it is the English fallback shown in place of a
     * missing translation: callers put a visible marker before such text.
     *
     * @param text     the text to show
     * @param fallback true when the wanted language had no text and English is shown instead
     */
    public record Shown(String text, boolean fallback) {
    }

    /** The text for a language, falling back to English (and saying so) when it has none. */
    public Shown in(Language language) {
        String own = get(language);
        if (own != null || language == Language.EN) {
            return new Shown(own == null ? "" : own, false);
        }
        return new Shown(en == null ? "" : en, true);
    }

    /** The language's own text, or null when it has none (no fallback). */
    public String get(Language language) {
        return language == Language.ZH_TW ? zhTw : en;
    }

    /** A text with both languages; either may be null while a lesson is still being read. */
    public static LocalizedText of(String en, String zhTw) {
        return new LocalizedText(en, zhTw);
    }
}
