package io.github.dockertutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real lessons of the course, rendered page by page (intro, then every step) in plain mode, in
 * both languages at 80 and 40 columns: a few lessons against golden files in
 * src/test/resources/render/lessons (LESSON.LANG.WIDTH.txt; {@code -Dgolden.update=true} rewrites
 * them, read them by eye before committing), and every lesson against the properties a learner
 * relies on: nothing wider than the terminal, no line opening on CJK closing punctuation, boxes and
 * tables whose borders line up, and code lines too wide for their box visibly cut.
 */
class LessonGoldenTest {
    private static final Path GOLDEN_DIR = RenderCases.DIR.resolve("lessons");
    private static final java.util.regex.Pattern GOLDEN_NAME =
            java.util.regex.Pattern.compile("(\\d\\d)-[a-z0-9-]+\\.(en|zh-TW)\\.(\\d+)\\.txt");
    /** The golden widths, and a few in between where lines break differently. */
    private static final int[] PROPERTY_WIDTHS = {40, 47, 52, 64, 80, 100};
    private static final Course COURSE = LessonPages.course();

    /**
     * One case per file in the golden folder, named LESSON-ID.LANG.WIDTH.txt: a new golden needs no
     * code, only its file (an empty one, then {@code -Dgolden.update=true}, then read it by eye).
     */
    static Stream<Arguments> goldenCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN_DIR)) {
            for (String file : files.map(p -> p.getFileName().toString()).sorted().toList()) {
                java.util.regex.Matcher name = GOLDEN_NAME.matcher(file);
                assertTrue(name.matches(), file + " is not named LESSON-ID.LANG.WIDTH.txt");
                cases.add(Arguments.of(name.group(1), Language.parse(name.group(2)).orElseThrow(),
                        Integer.parseInt(name.group(3))));
            }
        }
        assertFalse(cases.isEmpty(), "no golden files in " + GOLDEN_DIR);
        return cases.stream();
    }

    static Stream<Arguments> everyLesson() {
        List<Arguments> cases = new ArrayList<>();
        for (Lesson lesson : COURSE.lessons()) {
            for (Language language : Language.values()) {
                cases.add(Arguments.of(lesson.id(), language));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "lesson {0}, {1}, {2} columns")
    @MethodSource("goldenCases")
    void rendersAsTheGoldenFileSays(String number, Language language, int width) throws IOException {
        Lesson lesson = LessonPages.lesson(COURSE, number);
        StringBuilder text = new StringBuilder();
        MarkdownRenderer renderer = new MarkdownRenderer(LessonPages.options(language, width, false));
        for (LessonPages.Page page : LessonPages.pages(lesson, language)) {
            text.append("=== ").append(page.name()).append(" ===\n");
            text.append(RenderCases.plainText(renderer.render(page.markdown())));
        }
        Path golden = GOLDEN_DIR.resolve(lesson.id() + "." + language.tag() + "." + width + ".txt");
        RenderCases.assertMatchesGolden(golden, text.toString(), "lesson " + lesson.id());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyLesson")
    void noLineIsWiderThanTheWidth(String id, Language language) {
        forEveryRendering(id, language, (where, width, color, lines) -> {
            for (AttributedString line : lines) {
                int columns = columns(line.toString());
                assertTrue(columns <= width, where + ": " + columns + " columns: " + line);
            }
        });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyLesson")
    void noLineStartsWithCjkClosingPunctuation(String id, Language language) {
        forEveryRendering(id, language, (where, width, color, lines) -> {
            for (AttributedString line : lines) {
                // a table cell, a quoted line and a line inside a box each start a text of their own
                for (String part : line.toString().split("[│|]")) {
                    String text = part.strip();
                    assertTrue(text.isEmpty() || !BreakRules.isCjkClosing(text.codePointAt(0)), where + ": " + line);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyLesson")
    void boxesAndTablesLineUp(String id, Language language) {
        Lesson lesson = COURSE.lesson(id).orElseThrow();
        for (LessonPages.Page page : LessonPages.pages(lesson, language)) {
            List<Node> boxes = RenderCases.boxes(MarkdownRenderer.parser().parse(page.markdown()));
            for (boolean color : new boolean[] {false, true}) {
                Theme theme = Theme.of(color);
                for (int width : PROPERTY_WIDTHS) {
                    BlockRenderer renderer = new BlockRenderer(theme, LessonPages.options(language, width, color));
                    for (Node box : boxes) {
                        String where = id + "/" + page.name() + " at " + width + (color ? " in color" : " plain");
                        List<AttributedString> lines = renderer.render(box, width);
                        int first = columns(lines.get(0).toString());
                        for (AttributedString line : lines) {
                            assertEquals(first, columns(line.toString()), where + ": " + line);
                        }
                        if (box instanceof TableBlock) {
                            assertBordersAlign(where, theme.glyphs, lines);
                        } else {
                            assertCutLinesAreMarked(where, theme.glyphs, codeLines(box), lines, width);
                        }
                    }
                }
            }
        }
    }

    /**
     * What the learner types (commands, Dockerfiles, HTML) is never cut at any width: joined back
     * from its {@code " \"} continuations, or from its wrapped lines for markup, it reads as written.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyLesson")
    void typedCodeIsNeverCut(String id, Language language) {
        Lesson lesson = COURSE.lesson(id).orElseThrow();
        for (LessonPages.Page page : LessonPages.pages(lesson, language)) {
            for (FencedCodeBlock block : RenderCases.typedCode(MarkdownRenderer.parser().parse(page.markdown()))) {
                List<String> written = codeLines(block);
                boolean markup = TypedCode.Kind.of(CodeBox.language(block.getInfo())).orElseThrow()
                        == TypedCode.Kind.MARKUP;
                for (boolean color : new boolean[] {false, true}) {
                    for (int width : PROPERTY_WIDTHS) {
                        String where = id + "/" + page.name() + " at " + width + (color ? " in color" : " plain");
                        BlockRenderer renderer = new BlockRenderer(Theme.of(color),
                                LessonPages.options(language, width, color));
                        List<AttributedString> lines = renderer.render(block, width);
                        List<String> shown = new ArrayList<>();
                        for (AttributedString line : lines.subList(1, lines.size() - 1)) {
                            assertTrue(columns(line.toString()) <= width, where + ": " + line);
                            String text = line.toString();
                            shown.add(text.startsWith("  ") ? text.substring(TypedCode.PAD) : text);
                        }
                        if (markup) {
                            assertEquals(String.join(" ", written).replaceAll("\\s+", " ").trim(),
                                    String.join(" ", shown).replaceAll("\\s+", " ").trim(), where);
                        } else {
                            assertEquals(ContinuedLines.join(written), ContinuedLines.join(shown), where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theGoldenLessonsHaveWhatTheyAreChosenFor() throws IOException {
        boolean table = false;
        boolean code = false;
        for (String number : goldenCases().map(arguments -> (String) arguments.get()[0]).distinct().toList()) {
            for (LessonPages.Page page : LessonPages.pages(LessonPages.lesson(COURSE, number), Language.ZH_TW)) {
                for (Node box : RenderCases.boxes(MarkdownRenderer.parser().parse(page.markdown()))) {
                    table |= box instanceof TableBlock;
                    code |= box instanceof FencedCodeBlock;
                }
            }
        }
        assertTrue(table, "a table among the golden lessons");
        assertTrue(code, "fenced code among the golden lessons");
        assertFalse(COURSE.lessons().isEmpty());
    }

    /** What is checked of one lesson page rendered at one width, plain or in color. */
    @FunctionalInterface
    private interface RenderingCheck {
        void check(String where, int width, boolean color, List<AttributedString> lines);
    }

    private static void forEveryRendering(String id, Language language, RenderingCheck check) {
        Lesson lesson = COURSE.lesson(id).orElseThrow();
        for (LessonPages.Page page : LessonPages.pages(lesson, language)) {
            for (boolean color : new boolean[] {false, true}) {
                for (int width : PROPERTY_WIDTHS) {
                    List<AttributedString> lines =
                            new MarkdownRenderer(LessonPages.options(language, width, color)).render(page.markdown());
                    assertFalse(lines.isEmpty(), id + "/" + page.name());
                    String where = id + "/" + page.name() + " at " + width + (color ? " in color" : " plain");
                    check.check(where, width, color, lines);
                }
            }
        }
    }

    /**
     * Every column where the top rule has a junction holds a border on every line of the table,
     * so Chinese cells (two columns a character) do not push a border out of line.
     */
    private static void assertBordersAlign(String where, Theme.Glyphs g, List<AttributedString> lines) {
        String top = lines.get(0).toString();
        if (!top.startsWith(g.topLeft)) {
            return; // too narrow for columns: shown as "header: value" records, no borders to align
        }
        List<String> borders = List.of(g.vertical, g.cross, g.teeDown, g.teeUp, g.teeLeft, g.teeRight,
                g.topLeft, g.topRight, g.bottomLeft, g.bottomRight);
        List<Integer> junctions = new ArrayList<>();
        List<String> topCells = cellsByColumn(top);
        for (int column = 0; column < topCells.size(); column++) {
            String glyph = topCells.get(column);
            if (glyph.equals(g.topLeft) || glyph.equals(g.teeDown) || glyph.equals(g.topRight)) {
                junctions.add(column);
            }
        }
        assertTrue(junctions.size() >= 2, where + ": no column borders in " + top);
        for (AttributedString line : lines) {
            List<String> cells = cellsByColumn(line.toString());
            for (int column : junctions) {
                assertTrue(column < cells.size() && borders.contains(cells.get(column)),
                        where + ": no border at column " + column + ": " + line);
            }
        }
    }

    /** A code line wider than the box's inside is cut with the continuation mark at the edge. */
    private static void assertCutLinesAreMarked(String where, Theme.Glyphs g, List<String> code,
            List<AttributedString> lines, int width) {
        int inner = width - 4; // "| " and " |"
        for (int i = 0; i < code.size(); i++) {
            if (columns(code.get(i)) > inner) {
                String row = lines.get(i + 1).toString(); // after the top border
                String inside = row.substring(0, row.length() - g.vertical.length()).stripTrailing();
                assertTrue(inside.endsWith(g.continuation), where + ": cut without a mark: " + row);
            }
        }
    }

    private static List<String> codeLines(Node box) {
        String literal = box instanceof FencedCodeBlock fenced ? fenced.getLiteral()
                : ((IndentedCodeBlock) box).getLiteral();
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    /** The glyph in each column of a line: a wide character fills its first column, "" its second. */
    private static List<String> cellsByColumn(String line) {
        List<String> cells = new ArrayList<>();
        line.codePoints().forEach(cp -> {
            cells.add(new String(Character.toChars(cp)));
            for (int extra = 1; extra < Math.max(0, WCWidth.wcwidth(cp)); extra++) {
                cells.add("");
            }
        });
        return cells;
    }

    /** Terminal columns, as a terminal counts them: CJK characters take two. */
    static int columns(String text) {
        return text.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }
}
