package io.github.dockertutor.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every sentence a person reads, looked up by key in {@code messages.properties} (English) and
 * {@code messages_zh_TW.properties}. Placeholders are {@code {0}}, {@code {1}}…, replaced as plain
 * text: no MessageFormat, so an apostrophe in a sentence never has to be doubled. A key missing in
 * Chinese falls back to English behind a visible marker, so a gap is seen rather than hidden.
 */
public final class Messages {
    /** Put before English text shown in place of a missing translation. */
    public static final String FALLBACK_MARKER = "[en] ";

    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);

    private final Language language;

    private Messages(Language language) {
        this.language = language;
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    /** The text for a key with its placeholders filled in. An unknown key shows itself in brackets. */
    public String get(String key, Object... args) {
        String text = bundle(language).getProperty(key);
        if (text == null && language != Language.EN) {
            String english = bundle(Language.EN).getProperty(key);
            text = english == null ? null : FALLBACK_MARKER + english;
        }
        if (text == null) {
            return "[" + key + "]";
        }
        return fill(text, args);
    }

    /**
     * The text for a number of things: {@code KEY.one} when the count is one, {@code KEY.other}
     * otherwise ("1 image", "2 images"; Chinese writes both the same). The count is {0}.
     */
    public String count(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(key + (count == 1 ? ".one" : ".other"), args);
    }

    /** Things named in a sentence, as this language lists them: "a, b and c"; 「a、b和c」. */
    public String and(java.util.List<String> items) {
        if (items.isEmpty()) {
            return get("list.none");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String separator = language == Language.ZH_TW ? "、" : ", ";
        String head = String.join(separator, items.subList(0, items.size() - 1));
        String last = items.get(items.size() - 1);
        if (language == Language.ZH_TW) {
            // 和 between Chinese words, with a space beside a number or a Latin word: 1 個容器和 2 個映像檔
            head = endsLatin(head) ? head + " " : head;
            last = startsLatin(last) ? " " + last : last;
        }
        return get("list.and", head, last);
    }

    private static boolean endsLatin(String text) {
        return !text.isEmpty() && text.charAt(text.length() - 1) < 0x80 && Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    private static boolean startsLatin(String text) {
        return !text.isEmpty() && text.charAt(0) < 0x80 && Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether this language has its own text for the key (not a fallback). */
    public boolean has(String key) {
        return bundle(language).getProperty(key) != null;
    }

    /** The keys of a language's own bundle; the parity test compares them. */
    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(bundle(language).stringPropertyNames());
    }

    static String fill(String text, Object... args) {
        if (args == null || args.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static synchronized Properties bundle(Language language) {
        return BUNDLES.computeIfAbsent(language, Messages::load);
    }

    private static Properties load(Language language) {
        String resource = "/io/github/dockertutor/i18n/" + language.bundleName() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
