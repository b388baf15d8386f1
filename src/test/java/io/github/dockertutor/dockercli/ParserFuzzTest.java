package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of random and mutated lines through tokenizer and parser: the only failure a learner can
 * cause is a {@link ParseException} whose text exists in both languages, and nothing hangs.
 */
class ParserFuzzTest {
    private static final long SEED = 0x5EED_D0C4L;
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH_TW);

    private static final String SPECIAL = " \t'\"\\|&;<>()`$#-=:/@.,_*~!?[]{}%^+\u3000\u00a0\u200b\u001b\n\r\u0000\u007f";
    private static final List<String> REAL_LINES = List.of(
            "docker pull busybox",
            "docker pull tensorflow/tensorflow:2.16.1",
            "docker images",
            "docker image ls -a -q",
            "docker run -it -p 1234:8888 tensorflow/tensorflow",
            "docker run -d --rm --name web -p 127.0.0.1:18080:80 -v \"$PWD/www\":/www busybox httpd -f -p 80 -h /www",
            "docker run -dit -e A=1 --env=B=\"two words\" -l dockertutor.lesson=03 -w /app busybox sh -c 'echo hi > /x'",
            "docker build -t test_image_2 --build-arg V=1 --no-cache -f Dockerfile .",
            "docker ps -a",
            "docker logs -f --tail 20 web",
            "docker exec -it web sh",
            "docker stop -t 1 web db",
            "docker rm -f web",
            "docker rmi busybox:latest",
            "docker tag busybox localhost:5000/library/busybox:1.36",
            "docker inspect --type=container web",
            "docker container run --platform linux/amd64 -p 8000-8010:8000-8010/udp busybox",
            "docker help run",
            "docker push me/app",
            "docker compose up -d");

    private final Random random = new Random(SEED);
    private int parsed;
    private int refused;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)   // against a parser that hangs; speed is for benchmarks
    void randomAndMutatedLinesOnlyEverRaiseParseErrors() {
        for (int i = 0; i < 10_000; i++) {
            check(randomChars(random.nextInt(120)));
        }
        for (int i = 0; i < 10_000; i++) {
            check(randomSpecial(random.nextInt(80)));
        }
        for (int i = 0; i < 25_000; i++) {
            check(mutate(REAL_LINES.get(random.nextInt(REAL_LINES.size()))));
        }
        for (int i = 0; i < 10_000; i++) {
            checkWords(randomDockerWords());
        }
        for (int i = 0; i < 40; i++) {
            int length = CommandLineTokenizer.MAX_LINE_LENGTH - 20 + random.nextInt(40);
            check("docker run " + randomSpecial(length));
            check("docker run busybox " + "x ".repeat(length / 2));
            check("docker pull " + "a/".repeat(length / 2) + "b");
        }
        // both outcomes must be well represented, or the generators have drifted into testing nothing
        assertTrue(parsed > 2_000, "only " + parsed + " lines parsed");
        assertTrue(refused > 5_000, "only " + refused + " lines refused");
    }

    @Test
    void quotingAnyWordsAndTokenizingGivesThemBack() throws ParseException {
        for (int i = 0; i < 5_000; i++) {
            List<String> words = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int w = 0; w < count; w++) {
                words.add(random.nextBoolean() ? randomChars(random.nextInt(12)) : randomSpecial(random.nextInt(12)));
            }
            StringBuilder line = new StringBuilder();
            for (String word : words) {
                line.append(' ').append('\'').append(word.replace("'", "'\\''")).append('\'');
            }
            assertEquals(words, CommandLineTokenizer.tokenize(line.toString()), line::toString);
        }
    }

    private void check(String line) {
        try {
            DockerCommand command = random.nextInt(4) == 0
                    ? DockerCommandParser.parseLine(line)
                    : DockerCommandParser.parseArguments(CommandLineTokenizer.tokenize(line));
            assertTrue(command != null);
            parsed++;
        } catch (ParseException e) {
            refused++;
            assertReadable(e, line);
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for line " + escape(line), e);
        }
    }

    private void checkWords(List<String> words) {
        try {
            DockerCommandParser.parse(words);
            parsed++;
        } catch (ParseException e) {
            refused++;
            assertReadable(e, String.join(" ", words));
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " for words " + escape(words.toString()), e);
        }
    }

    private static void assertReadable(ParseException e, String input) {
        if (!EN.has(e.key()) || !ZH.has(e.key())) {
            fail("key " + e.key() + " is missing a translation, for input " + escape(input));
        }
        String en = e.render(EN);
        String zh = e.render(ZH);
        if (en.contains("[parse.") || zh.contains("[parse.") || en.contains("{0}") || zh.contains("{0}")) {
            fail("unrendered text " + en + " / " + zh + " for input " + escape(input));
        }
    }

    /** Any UTF-16 unit, including lone surrogates, controls and CJK. */
    private String randomChars(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                text.append((char) random.nextInt(256));
            } else if (pick < 6) {
                text.append((char) (0x4e00 + random.nextInt(0x5000)));
            } else if (pick < 7) {
                text.append((char) random.nextInt(0x10000));
            } else {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return text.toString();
    }

    private String randomSpecial(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0
                    ? SPECIAL.charAt(random.nextInt(SPECIAL.length()))
                    : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String mutate(String line) {
        StringBuilder text = new StringBuilder(line);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 2 -> text.setCharAt(at, Character.toUpperCase(text.charAt(at)));
                case 3 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(12))));
                case 4 -> text.setLength(at);
                case 5 -> text.insert(at, " " + randomFlagSpelling() + " ");
                default -> text.insert(at, random.nextInt(100_000));
            }
        }
        return text.toString();
    }

    /** Words a learner might plausibly type: real paths, real flags, values of every shape. */
    private List<String> randomDockerWords() {
        List<String> words = new ArrayList<>();
        words.add("docker");
        List<String> names = new ArrayList<>(DockerCommandCatalog.commands().keySet());
        names.addAll(List.of("image", "container", "help", "push", "xyz", "--help", "-H", "--", ""));
        String name = names.get(random.nextInt(names.size()));
        words.add(name);
        if (DockerCommandCatalog.groups().contains(name)) {
            List<String> subs = new ArrayList<>(DockerCommandCatalog.group(name).keySet());
            subs.add("prune");
            words.add(subs.get(random.nextInt(subs.size())));
        }
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(5);
            if (pick < 2) {
                words.add(randomFlagSpelling());
            } else if (pick == 2) {
                words.add(randomValue());
            } else if (pick == 3) {
                words.add(randomSpecial(random.nextInt(10)));
            } else {
                String[] real = REAL_LINES.get(random.nextInt(REAL_LINES.size())).split(" ");
                words.add(real[1 + random.nextInt(real.length - 1)]);
            }
        }
        return words;
    }

    private String randomFlagSpelling() {
        List<CommandSpec> specs = new ArrayList<>(DockerCommandCatalog.commands().values());
        CommandSpec spec = specs.get(random.nextInt(specs.size()));
        if (spec.flags().isEmpty()) {
            return "--" + randomSpecial(3);
        }
        FlagSpec flag = spec.flags().get(random.nextInt(spec.flags().size()));
        String spelling = flag.spellings().get(random.nextInt(flag.spellings().size()));
        return switch (random.nextInt(4)) {
            case 0 -> spelling + "=" + randomValue();
            case 1 -> spelling.startsWith("--") ? spelling : spelling + randomValue();
            case 2 -> spelling.startsWith("--") ? spelling : "-dit" + spelling.substring(1);
            default -> spelling;
        };
    }

    private String randomValue() {
        List<String> values = List.of("80", "1234:8888", "127.0.0.1::80", "[::1]:80:80", "8000-8010:80-90", "0",
                "65536", "x", "", "A=1", "=", "/a:/b:ro", "c:\\x:/y", "vol:/d:rx", "web", "-web", "Busybox", "a@sha256:",
                "all", "-1", "999999999999", "true", "maybe", "\u3000", "映像檔", "sha256:" + "f".repeat(64));
        return values.get(random.nextInt(values.size()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
