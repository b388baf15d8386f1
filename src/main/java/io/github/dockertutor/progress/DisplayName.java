package io.github.dockertutor.progress;

import java.util.Optional;

/**
 * The rule for the name a learner gives for reports to the teacher ({@code name NAME} in the
 * tutor, {@code report --name NAME}): one line of at most {@link #MAX_CHARS} characters, with no
 * control character (an escape sequence would take over the teacher's terminal) and no character
 * that reorders the text around it (a bidi override would show one name as another).
 */
public final class DisplayName {
    /** Long enough for any real name, short enough to keep a class table readable. */
    public static final int MAX_CHARS = 60;

    private DisplayName() {
    }

    /** The name as it will be kept (without surrounding spaces), or empty when it breaks the rule. */
    public static Optional<String> check(String typed) {
        String name = typed.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_CHARS
                || name.codePoints().anyMatch(DisplayName::forbidden)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean forbidden(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x2028 || codePoint == 0x2029;
    }
}
