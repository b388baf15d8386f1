package io.github.dockertutor.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short hash that ties a translated section to the version of its English source it was
 * written from: {@code ## 拉取 busybox {#pull-busybox src=1a2b3c4}}. It is the first seven hex
 * digits of the SHA-256 of the English text, normalized so that what no reader sees does not count:
 * CR LF or LF, spaces at line ends, and how many blank lines stand between paragraphs or at the
 * ends. Any other change to the English, a word or a command, makes a new stamp.
 */
final class TranslationStamp {
    /** Seven hex digits, as a short git commit id: enough to tell versions of one section apart. */
    static final int LENGTH = 7;
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

    private TranslationStamp() {
    }

    /** The stamp of a step section's English: its title and its text. */
    static String ofSection(String title, String body) {
        return of(title + "\n\n" + body);
    }

    /** The stamp of an English text (a lesson's introduction, or a section as {@link #ofSection} joins it). */
    static String of(String english) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(english).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether a {@code src=} value has the stamp's form (seven lower-case hex digits). */
    static boolean wellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** Lines without trailing spaces, LF only, one blank line at most between two others, none at the ends. */
    static String normalize(String text) {
        List<String> lines = new ArrayList<>();
        boolean blankPending = false;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                blankPending = !lines.isEmpty();
                continue;
            }
            if (blankPending) {
                lines.add("");
                blankPending = false;
            }
            lines.add(kept);
        }
        return String.join("\n", lines);
    }
}
