package io.github.dockertutor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts and lists read as each language writes them: no "these 1 containers", no "1 images", no
 * "image(s)", and in Chinese no "和 0 個映像檔" joining a part that may be empty. A number that
 * can be one stands before its noun only in a {@code .one}/{@code .other} pair, which
 * {@link Messages#count} chooses from.
 */
class PluralsAndListsTest {
    /** Nouns the tutor counts. */
    private static final Pattern COUNTED = Pattern.compile("\\{\\d\\} (container|image|step|lesson|report|"
            + "learner|problem|argument|file|hint|layer|second|minute|hour|day|character|level|byte|entr|folder|"
            + "mirror|tag|solution|line|time)(s|ies)?\\b");

    /** Messages where the placeholder before the noun is never the number one, each with the reason. */
    private static final Map<String, String> NEVER_ONE = Map.of(
            "check.observation.noSuchName", "an image's name: your busybox containers",
            "check.observation.idTooShort", "the shortest id the check accepts, several characters",
            "lint.yaml.tooDeep", "a fixed limit of the YAML reader",
            "parse.line.tooLong", "over a limit of thousands",
            "parse.image.nameTooLong", "docker's limit, 255",
            "report.name.invalid", "the limit of a name, 60",
            "prefix.error.invalid", "the limit of a prefix",
            "check.http.timeout", "the probe's timeout, several seconds",
            "parse.args.range", "a range's upper end is two or more");

    @Test
    void aNumberThatCanBeOneComesBeforeItsNounOnlyInAPluralPair() {
        Messages en = Messages.of(Language.EN);
        for (String key : Messages.keys(Language.EN)) {
            String text = en.get(key);
            if (key.endsWith(".one") || key.endsWith(".other") || NEVER_ONE.containsKey(key)
                    || key.startsWith("docker.flag.") || key.startsWith("check.dockerfile.")) {
                continue; // docker's own help words; a Dockerfile's "{0} line {1}" names a file, not a count
            }
            Matcher counted = COUNTED.matcher(text);
            assertFalse(counted.find(), key + " counts without a plural pair: " + text);
            assertFalse(text.matches("(?s).*\\b(these|this|those) \\{\\d\\}.*"), key + ": " + text);
            assertFalse(text.contains("(s)"), key + " writes a plural as (s): " + text);
        }
    }

    @Test
    void everyOneHasItsOtherInBothLanguages() {
        for (Language language : Language.values()) {
            for (String key : Messages.keys(language)) {
                if (key.endsWith(".one")) {
                    String other = key.substring(0, key.length() - ".one".length()) + ".other";
                    assertTrue(Messages.keys(language).contains(other), other + " is missing in " + language.tag());
                }
            }
        }
    }

    @Test
    void chineseJoinsNoCountsThatMayBeZero() {
        Messages zh = Messages.of(Language.ZH_TW);
        Pattern twoCounts = Pattern.compile("\\{\\d\\} 個[^{]*和 ?\\{\\d\\} 個");
        for (String key : Messages.keys(Language.ZH_TW)) {
            assertFalse(twoCounts.matcher(zh.get(key)).find(), key + " joins two counts: " + zh.get(key));
        }
    }

    @Test
    void countsAndListsAreWrittenPerLanguage() {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH_TW);
        assertEquals("1 container", en.count("shell.cleanup.containers", 1));
        assertEquals("2 containers", en.count("shell.cleanup.containers", 2));
        assertEquals("0 images", en.count("shell.cleanup.images", 0));
        assertEquals("1 個容器", zh.count("shell.cleanup.containers", 1));
        assertEquals("a", en.and(List.of("a")));
        assertEquals("a and b", en.and(List.of("a", "b")));
        assertEquals("a, b and c", en.and(List.of("a", "b", "c")));
        assertEquals("1 個容器和 2 個映像檔", zh.and(List.of("1 個容器", "2 個映像檔")));
        assertEquals("a、b 和 c", zh.and(List.of("a", "b", "c")));
        assertEquals("映像檔和容器", zh.and(List.of("映像檔", "容器")));
        assertEquals("Remove 1 container and 2 images? Nothing else is touched.",
                en.get("shell.cleanup.confirm", en.and(List.of(en.count("shell.cleanup.containers", 1),
                        en.count("shell.cleanup.images", 2)))));
        assertEquals("要移除 2 個映像檔嗎？其他東西都不會動到。",
                zh.get("shell.cleanup.confirm", zh.and(List.of(zh.count("shell.cleanup.images", 2)))));
    }
}
