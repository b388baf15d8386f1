package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every lint.* key the lesson and check packages use has a sentence in both bundles, and no bundle has strays. */
class LintMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(lint\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyInTheCodeIsInBothBundlesAndNoMore() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Stream.of("lesson", "check").flatMap(LintMessagesTest::sources)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, "keys found: " + used.size());
        for (Language language : Language.values()) {
            Set<String> bundle = new TreeSet<>();
            Messages.keys(language).stream().filter(key -> key.startsWith("lint.")).forEach(bundle::add);
            // the summary keys are built from a choice between .one and .other
            bundle.removeIf(key -> key.startsWith("lint.summary."));
            used.removeIf(key -> key.endsWith(".one") || key.endsWith(".other"));
            assertEquals(used, bundle, language.tag());
        }
    }

    private static Stream<Path> sources(String packageName) {
        try {
            return Files.walk(Path.of("src/main/java/io/github/dockertutor/" + packageName));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
