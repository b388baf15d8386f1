package io.github.dockertutor.render;

/**
 * Where a line may break between two characters with no space between them: around CJK characters
 * (which are written without spaces), but never before closing punctuation nor after an opening
 * bracket, the rule every Chinese and Japanese typesetter follows (kinsoku).
 */
final class BreakRules {
    /** CJK punctuation that must never start a line. */
    private static final String CJK_CLOSING =
            "，。、；：！？」』）〉》】〕］｝〗〙〛．｡､…‥～％’”・ー";
    private static final String ASCII_CLOSING = ")]}.,;:!?%";
    /** Brackets that must never end a line. */
    private static final String OPENING = "「『（〈《【〔［｛〖〘〚‘“([{";

    private BreakRules() {
    }

    /** Whether this is CJK closing punctuation, which never starts a line. */
    static boolean isCjkClosing(int codePoint) {
        return codePoint > 0x7f && CJK_CLOSING.indexOf(codePoint) >= 0;
    }

    static boolean noBreakBefore(int codePoint) {
        return isCjkClosing(codePoint) || (codePoint < 0x80 && ASCII_CLOSING.indexOf(codePoint) >= 0);
    }

    static boolean noBreakAfter(int codePoint) {
        return OPENING.indexOf(codePoint) >= 0;
    }

    static boolean isWide(int codePoint) {
        return Columns.of(codePoint) == 2;
    }

    /** Whether a line may break between two adjacent visible, non-space characters. */
    static boolean canBreakBetween(int before, int after) {
        return (isWide(before) || isWide(after)) && !noBreakBefore(after) && !noBreakAfter(before);
    }
}
