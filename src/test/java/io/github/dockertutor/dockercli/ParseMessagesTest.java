package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser's errors read as docker's in English and as natural Taiwan Chinese, and every key exists in both bundles. */
class ParseMessagesTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH_TW);

    private static ParseException error(String line) {
        return assertThrows(ParseException.class, () -> DockerCommandParser.parseLine(line));
    }

    @Test
    void unknownFlagReadsLikeDocker() {
        ParseException e = error("docker run --foo busybox");
        assertEquals("unknown flag: --foo\nSee 'docker run --help'.", e.render(EN));
        assertEquals("未知的選項：--foo\n執行 'docker run --help' 查看用法。", e.render(ZH));
        assertEquals(e.render(EN), e.getMessage());
    }

    /** Docker's words stay; our line names the likely meaning, and only when one word is near. */
    @Test
    void aTypoGetsTheWordItWasLikelyMeantAs() {
        assertEquals("unknown flag: --nmae\nDid you mean --name?\nSee 'docker run --help'.",
                error("docker run --nmae web busybox").render(EN));
        assertEquals("docker：'biuld' 不是 docker 的指令。\n你是不是要打 docker build？\n執行 'docker --help' 查看用法。",
                error("docker biuld .").render(ZH));
        assertEquals("unknown flag: --al\nDid you mean --all?\nSee 'docker ps --help'.", error("docker ps --al").render(EN));
        assertEquals("unknown flag: --foo\nSee 'docker run --help'.", error("docker run --foo busybox").render(EN),
                "nothing near: no guess");
    }

    @Test
    void aBuildWithoutItsDotSaysWhatTheDotIs() {
        String text = error("docker build -t my-first-image").render(EN);
        assertTrue(text.startsWith("\"docker build\" requires exactly 1 argument.\n"), text);
        assertTrue(text.contains("written as a dot"), text);
        assertTrue(error("docker build -t my-first-image").render(ZH).contains("寫成一個點"));
        assertFalse(error("docker build a b").render(EN).contains("dot"), "two contexts: the dot is not what is missing");
    }

    @Test
    void shorthandErrorsReadLikeDocker() {
        assertEquals("unknown shorthand flag: 'z' in -z\nSee 'docker run --help'.", error("docker run -z x").render(EN));
        assertEquals("未知的簡寫選項：-z 中的 'z'\n執行 'docker run --help' 查看用法。", error("docker run -z x").render(ZH));
        assertEquals("flag needs an argument: 'p' in -p\nSee 'docker run --help'.", error("docker run -p").render(EN));
        assertEquals("選項需要一個值：-p 中的 'p'\n執行 'docker run --help' 查看用法。", error("docker run -p").render(ZH));
    }

    @Test
    void argumentCountErrorsReadLikeDocker() {
        assertEquals("\"docker pull\" requires exactly 1 argument.\nSee 'docker pull --help'.",
                error("docker pull").render(EN));
        assertEquals("\"docker run\" requires at least 1 argument.\nSee 'docker run --help'.",
                error("docker run").render(EN));
        assertEquals("\"docker tag\" requires exactly 2 arguments.\nSee 'docker tag --help'.",
                error("docker tag a").render(EN));
        assertEquals("\"docker pull\" 需要剛好 1 個參數。\n執行 'docker pull --help' 查看用法。",
                error("docker pull").render(ZH));
    }

    @Test
    void invalidArgumentRendersItsNestedReason() {
        ParseException e = error("docker run -p 8080:99999 busybox");
        assertEquals("invalid argument \"8080:99999\" for \"-p, --publish\" flag: invalid container port \"99999\": "
                + "a port is a number from 1 to 65535\nSee 'docker run --help'.", e.render(EN));
        assertEquals("選項 \"-p, --publish\" 的值 \"8080:99999\" 無效：容器連接埠 \"99999\" 無效：連接埠是 1 到 65535 之間的數字\n"
                + "執行 'docker run --help' 查看用法。", e.render(ZH));
    }

    @Test
    void unknownCommandReadsLikeDocker() {
        ParseException e = error("docker xyz");
        assertEquals("docker: 'xyz' is not a docker command.\nSee 'docker --help'.", e.render(EN));
        assertEquals("docker：'xyz' 不是 docker 的指令。\n執行 'docker --help' 查看用法。", e.render(ZH));
    }

    @Test
    void imageErrorsUseTaiwanTerms() {
        ParseException e = error("docker pull Busybox");
        assertEquals("invalid reference format: repository name (Busybox) must be lowercase\n"
                + "See 'docker pull --help'.", e.render(EN));
        assertTrue(e.render(ZH).contains("映像檔"), e.render(ZH));
    }

    @Test
    void tokenizerErrorsHaveNoHelpLine() {
        ParseException e = assertThrows(ParseException.class,
                () -> DockerCommandParser.parseLine("docker images | grep busybox"));
        assertTrue(e.helpCommand().isEmpty());
        assertTrue(e.render(EN).startsWith("`|` at column 15: the tutor runs one command at a time"), e.render(EN));
        assertTrue(e.render(ZH).startsWith("第 15 欄的 `|`：教學環境一次只執行一個指令"), e.render(ZH));
        assertTrue(e.isRefusal(), "a pipe is good shell the tutor does not run, not a mistake");
    }

    @Test
    void everyKeyTheParserUsesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInSources();
        for (CommandSpec spec : allSpecs()) {
            used.add(spec.descriptionKey());
            spec.flags().forEach(flag -> used.add(flag.descriptionKey()));
        }
        used.add(DockerCommandCatalog.groupDescriptionKey(""));
        DockerCommandCatalog.groups().forEach(group -> used.add(DockerCommandCatalog.groupDescriptionKey(group)));
        used.add(DockerCommandCatalog.HELP.descriptionKey());
        assertTrue(used.size() > 60, "found only " + used.size() + " keys: the scan is broken");
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!EN.has(key)) {
                missing.add("en: " + key);
            }
            if (!ZH.has(key)) {
                missing.add("zh-TW: " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bothBundlesHaveTheSameParserKeys() {
        Set<String> en = ownKeys(Language.EN);
        Set<String> zh = ownKeys(Language.ZH_TW);
        assertEquals(en, zh);
        assertFalse(en.isEmpty());
    }

    private static Set<String> ownKeys(Language language) {
        Set<String> keys = new TreeSet<>();
        for (String key : Messages.keys(language)) {
            if (key.startsWith("parse.") || key.startsWith("docker.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<CommandSpec> allSpecs() {
        List<CommandSpec> specs = new ArrayList<>(DockerCommandCatalog.commands().values());
        for (String group : DockerCommandCatalog.groups()) {
            specs.addAll(DockerCommandCatalog.group(group).values());
        }
        return specs;
    }

    /** Every string literal shaped like one of our keys in the package's sources, plus the plural forms Arity builds. */
    private static Set<String> keysUsedInSources() throws IOException {
        Pattern literal = Pattern.compile("\"(parse\\.[a-zA-Z.]+|docker\\.(?:cmd|flag)\\.[a-zA-Z.]+)\"");
        Set<String> keys = new TreeSet<>();
        Path dir = Path.of("src/main/java/io/github/dockertutor/dockercli");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.startsWith("parse.args.") && !key.equals("parse.args.none") && !key.equals("parse.args.range")) {
                        keys.add(key + ".one");
                        keys.add(key + ".other");
                    } else {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }
}
