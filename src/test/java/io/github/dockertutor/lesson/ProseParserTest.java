package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a lesson's Markdown into intro and step sections, the way CommonMark sees its blocks. */
class ProseParserTest {
    private final List<LintProblem> problems = new ArrayList<>();

    private Prose parse(String text) {
        return ProseParser.parse(text, new FileProblems(Path.of("en.md"), problems));
    }

    @Test
    void splitsOnStepHeadingsAndKeepsTitlesAndLines() {
        Prose prose = parse("# Title\n\nIntro.\n\n## First step {#first}\n\nOne.\n\n### Detail\n\nMore.\n\n##   Second   {#second}  \nTwo.\n");
        assertEquals("Title", prose.title());
        assertEquals("Intro.", prose.intro());
        assertEquals(List.of(new Prose.Section("first", "First step", "One.\n\n### Detail\n\nMore.", 5, null),
                new Prose.Section("second", "Second", "Two.", 13, null)), prose.sections());
        assertEquals(List.of(), problems);
    }

    @Test
    void headingsInsideFencedCodeAreCode() {
        Prose prose = parse("## A {#a}\n\n```bash\n## comment\n```\n\n~~~~\n## x {#not-a-step}\n~~~\n~~~~\n\n````\n```\n## y {#nor-this}\n````\ntext\n");
        assertEquals(1, prose.sections().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aLongerClosingFenceStillCloses() {
        // CommonMark: a closing fence may be longer than the opening one, so the heading after it is real
        Prose prose = parse("## A {#a}\n\n```\ncode\n`````\n\n## B {#b}\n\nText.\n");
        assertEquals(List.of("a", "b"), prose.sections().stream().map(Prose.Section::stepId).toList());
    }

    @Test
    void aFenceIndentedFourSpacesIsNotAFence() {
        Prose prose = parse("## A {#a}\n\n    ```\ntext\n\n## B {#b}\n\nMore.\n");
        assertEquals(List.of("a", "b"), prose.sections().stream().map(Prose.Section::stepId).toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void windowsLineEndingsAndNoIntro() {
        Prose prose = parse("## A {#a}\r\n\r\nBody\r\n");
        assertNull(prose.title());
        assertEquals("", prose.intro());
        assertEquals("Body", prose.sections().get(0).body());
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsWhatTheShellCannotPlace() {
        parse("Intro\n\n## No id here\n\ntext\n\n## {#untitled}\n\ntext\n\n##\n\n## Empty {#empty}\n\n## Open {#open}\n\n```bash\nnever closed\n");
        assertEquals(List.of(
                new LintProblem(Path.of("en.md"), 3, "lint.md.headingWithoutId", "No id here"),
                new LintProblem(Path.of("en.md"), 7, "lint.md.emptyTitle", "untitled"),
                new LintProblem(Path.of("en.md"), 11, "lint.md.headingWithoutId", ""),
                new LintProblem(Path.of("en.md"), 17, "lint.md.unclosedFence", "```"),
                new LintProblem(Path.of("en.md"), 13, "lint.md.emptySection", "empty")), problems);
    }

    @Test
    void aTranslationsHeadingsCarryTheStampOfTheirEnglish() {
        Prose prose = parse("# 拉取映像檔 {src=b8592cb}\n\n簡介。\n\n## 拉取 busybox {#pull-busybox src=aaa1624}\n\n內容。\n\n"
                + "## 列出 {#list-images}\n\n內容。\n");
        assertEquals("拉取映像檔", prose.title());
        assertEquals(1, prose.titleLine());
        assertEquals("b8592cb", prose.introStamp());
        assertEquals(new Prose.Section("pull-busybox", "拉取 busybox", "內容。", 5, "aaa1624"), prose.sections().get(0));
        assertNull(prose.sections().get(1).stamp(), "a section never stamped has none");
        assertEquals(List.of(), problems);
    }

    @Test
    void bracesThatAreNoAttributesStayInTheTitle() {
        Prose prose = parse("# Use {braces} in {a b}\n\nIntro.\n\n## A {#a}\n\nText.\n");
        assertEquals("Use {braces} in {a b}", prose.title());
        assertNull(prose.introStamp());
        assertEquals(List.of(), problems);
    }

    @Test
    void anUnknownAttributeOrABadStampIsReported() {
        parse("# T {src=XYZ}\n\nIntro.\n\n## A {#a scr=1a2b3c4}\n\nText.\n\n## B {#b src=1a2b3c4 stray}\n\nText.\n");
        // the title line is read after the step headings, with the intro
        assertEquals(List.of(new LintProblem(Path.of("en.md"), 5, "lint.md.attribute", "scr=1a2b3c4"),
                new LintProblem(Path.of("en.md"), 9, "lint.md.attribute", "stray"),
                new LintProblem(Path.of("en.md"), 1, "lint.md.stampForm", "XYZ")), problems);
    }
}
