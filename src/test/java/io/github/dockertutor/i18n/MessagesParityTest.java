package io.github.dockertutor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesParityTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> english = new TreeSet<>(Messages.keys(Language.EN));
        Set<String> chinese = new TreeSet<>(Messages.keys(Language.ZH_TW));
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertTrue(onlyEnglish.isEmpty(), "keys missing in messages_zh_TW.properties: " + onlyEnglish);
        assertTrue(onlyChinese.isEmpty(), "keys missing in messages.properties: " + onlyChinese);
        assertTrue(english.size() > 20, "the bundles should not be empty");
    }

    /** A key written twice is silently the second one: the first is dead text nobody reviews. */
    @Test
    void noKeyIsWrittenTwice() throws java.io.IOException {
        for (String bundle : new String[] {"messages.properties", "messages_zh_TW.properties"}) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (var in = Messages.class.getResourceAsStream(bundle)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    Matcher key = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*[=:]").matcher(line);
                    if (key.find() && seen.merge(key.group(1), 1, Integer::sum) == 2) {
                        twice.add(key.group(1));
                    }
                }
            }
            assertTrue(seen.size() > 20, bundle + " was read");
            assertTrue(twice.isEmpty(), bundle + " has keys written twice: " + twice);
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH_TW);
        for (String key : Messages.keys(Language.EN)) {
            if (!zh.has(key)) {
                continue;
            }
            assertEquals(placeholders(en.get(key)), placeholders(zh.get(key)), "placeholders differ for " + key);
        }
    }

    @Test
    void noMessageIsEmptyAndNoneUsesMessageFormatQuoting() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : Messages.keys(language)) {
                String text = messages.get(key);
                assertFalse(text.isBlank(), key + " is empty in " + language.tag());
                assertFalse(text.contains("''"), key + " doubles an apostrophe; Messages does not use MessageFormat");
            }
        }
    }

    /** The glossary's "not" column: mainland words our Taiwan Chinese never uses. */
    private static final String[] MAINLAND_TERMS = {"鏡像", "端口", "默認", "配置", "服務器", "信息", "代碼", "網絡",
        "軟件", "創建", "用戶", "文件", "支持", "構建", "緩存", "屏幕", "項目", "程序"};

    @Test
    void chineseUsesTaiwanTermsAndFullWidthPunctuation() {
        Messages zh = Messages.of(Language.ZH_TW);
        for (String key : Messages.keys(Language.ZH_TW)) {
            String text = zh.get(key);
            for (String mainland : MAINLAND_TERMS) {
                assertFalse(text.contains(mainland), key + " uses the mainland term " + mainland + ": " + text);
            }
            assertFalse(text.matches("(?s).*[\\u4e00-\\u9fff][,;:?!](\\s.*|$)"),
                    key + " has half-width punctuation after Chinese: " + text);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
