package io.github.dockertutor.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Hint;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.PageMarkdown;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.ContinuedLines;
import io.github.dockertutor.render.MarkdownRenderer;
import io.github.dockertutor.render.RenderLabels;
import io.github.dockertutor.render.RenderOptions;
import io.github.dockertutor.render.TextFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything the tutor prints, in both languages, at 40 and 60 columns, through the same paths the
 * shell prints it: every message of the bundles (as say does), every page, every hint (as hint
 * does), every solution (as solution does). No line is wider than the screen, no word that fits a
 * line is split, nothing is lost, and code the learner types is never cut.
 */
class EveryTextFitsTest {
    private static final Course COURSE = LessonLoader.load(Path.of("lessons"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    /** What placeholders are filled with: names, a long path, a URL, a number, as messages get them. */
    private static final List<String> SAMPLES = List.of("my-first-image", "/home/learner/dockertutor/workspace",
            "https://docs.docker.com/engine/install/", "12", "busybox:latest", "8080");

    @ParameterizedTest(name = "{0} at {1} columns")
    @CsvSource({"en, 40", "en, 60", "zh-TW, 40", "zh-TW, 60"})
    void everyMessageFits(String tag, int width) {
        Messages messages = Messages.of(Language.parse(tag).orElseThrow());
        for (String key : Messages.keys(messages.language())) {
            String text = messages.get(key, samples(messages, key));
            for (String line : text.split("\n", -1)) {
                assertFits(key, line, TextFit.lines(line, width), width);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @CsvSource({"en, 40", "en, 60", "zh-TW, 40", "zh-TW, 60"})
    void everyPageHintAndSolutionFits(String tag, int width) {
        Messages messages = Messages.of(Language.parse(tag).orElseThrow());
        MarkdownRenderer renderer = new MarkdownRenderer(
                new RenderOptions(width, false, false, RenderLabels.from(messages)));
        assertTrue(COURSE.isSound(), COURSE.problems().toString());
        for (Lesson lesson : COURSE.lessons()) {
            fitsOnScreen(lesson.id() + " intro", renderer.render(PageMarkdown.intro(lesson, messages)), width);
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                String where = lesson.id() + "/" + step.id();
                fitsOnScreen(where, renderer.render(PageMarkdown.step(lesson, i, messages)), width);
                for (Hint hint : step.hints()) {
                    String shown = messages.get("shell.hint", 1, step.hints().size(),
                            hint.text().in(messages.language()).text());
                    List<String> lines = plain(renderer.render(shown));
                    fitsOnScreen(where + " hint", renderer.render(shown), width);
                    assertTrue(lines.stream().noneMatch(line -> line.contains("``")), where + ": " + lines);
                }
                for (Map.Entry<String, String> file : step.solution().files().entrySet()) {
                    typedWhole(where + " " + file.getKey(), file.getValue(),
                            renderer.code(SolutionCommand.language(file.getKey()), file.getValue()), width);
                }
                if (!step.solution().commands().isEmpty()) {
                    String commands = String.join("\n", step.solution().commands());
                    typedWhole(where + " solution", commands, renderer.code("bash", commands), width);
                }
            }
        }
    }

    /** Placeholders filled with samples, the longer ones among them to make lines break. */
    private static Object[] samples(Messages messages, String key) {
        Matcher placeholders = PLACEHOLDER.matcher(messages.get(key));
        int count = 0;
        while (placeholders.find()) {
            count = Math.max(count, Integer.parseInt(placeholders.group(1)) + 1);
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = SAMPLES.get((key.hashCode() & 0xff + i) % SAMPLES.size());
        }
        return args;
    }

    private static void assertFits(String where, String text, List<String> lines, int width) {
        for (String line : lines) {
            assertTrue(Columns.of(line) <= width, where + ": " + Columns.of(line) + " columns: " + line);
        }
        assertEquals(text.replaceAll("\\s+", ""), String.join("", lines).replaceAll("\\s+", ""),
                where + ": text was lost");
        List<String> shownWords = new ArrayList<>();
        for (String line : lines) {
            shownWords.addAll(List.of(line.strip().split("\\s+")));
        }
        for (String word : text.strip().split("\\s+")) {
            boolean latin = word.codePoints().allMatch(cp -> Columns.of(cp) < 2);
            if (latin && Columns.of(word) <= width) {
                assertTrue(shownWords.contains(word), where + ": the word " + word + " was split: " + lines);
            }
        }
    }

    private static void fitsOnScreen(String where, List<AttributedString> lines, int width) {
        for (AttributedString line : lines) {
            assertTrue(Columns.of(line.toString()) <= width, where + ": " + line);
        }
    }

    /** Code to type: between its rules, every line fits and joins back to what was written, never cut. */
    private static void typedWhole(String where, String written, List<AttributedString> rendered, int width) {
        fitsOnScreen(where, rendered, width);
        List<String> shown = new ArrayList<>();
        for (String line : plain(rendered.subList(1, rendered.size() - 1))) {
            shown.add(line.startsWith("  ") ? line.substring(2) : line);
        }
        String expected = ContinuedLines.join(List.of(written.strip().split("\n")));
        String actual = ContinuedLines.join(shown);
        if (written.contains("<")) {
            expected = expected.replaceAll("\\s+", " ");
            actual = actual.replaceAll("\\s+", " ");
        }
        assertEquals(expected, actual, where + " is cut: " + shown);
    }

    private static List<String> plain(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }
}
