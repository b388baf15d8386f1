package io.github.dockertutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.report.LearnerReport;
import io.github.dockertutor.report.StepReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** dockertutor class summary over a generated class of 30 and two bad files: the terminal table and the page. */
class ClassSummaryTest {
    static final long SEED = 20250304L;
    static final int LEARNERS = 30;

    @TempDir
    Path home;
    Path dir;
    GeneratedClass generated;

    @BeforeEach
    void writeTheClass() throws Exception {
        generated = GeneratedClass.generate(SEED, LEARNERS);
        dir = Files.createDirectories(home.resolve("class 3A"));
        generated.writeTo(dir);
    }

    @Test
    void theTerminalTableLinesUpInChineseColumnsAndNamesTheBadFiles() {
        Cli.Run run = Cli.run(home, home, Map.of("COLUMNS", "120"), "", "--lang", "zh-TW", "class", "summary", "class 3A");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("略過 " + GeneratedClass.BROKEN_JSON + "：這不是有效的 JSON"), run.err());
        assertTrue(run.err().contains("略過 " + GeneratedClass.NOT_A_REPORT + "：這不是 dockertutor 的進度報告"), run.err());
        assertTrue(run.out().contains("class 3A 的全班概況：共 30 份報告"), run.out());

        List<String> table = block(run.out(), "每位學員學到哪裡");
        assertEquals(LEARNERS + 1, table.size(), String.join("\n", table));
        assertTrue(table.stream().anyMatch(line -> line.startsWith("王小明")), String.join("\n", table));
        // learner and place start where their headers start; done, time and hints end where theirs end
        assertAligned(table, new boolean[] {false, true, true, true, false});
        // the same lines measured in chars would not line up: the check above is about columns
        assertFalse(table.stream().map(line -> line.indexOf("/")).distinct().count() == 1,
                "Chinese names should make char positions differ");
        for (String line : table) {
            assertTrue(Columns.of(line) <= 120, line);
        }

        List<String> slowest = block(run.out(), "最花時間的步驟");
        assertEquals(SummaryTable.TOP + 1, slowest.size(), String.join("\n", slowest));
        assertAligned(slowest, new boolean[] {true, true, true, true, true, false});
        assertTrue(run.out().contains("已寫出網頁 " + dir.resolve("class-summary.html")), run.out());
    }

    @Test
    void theEnglishTableListsTheLearnersFurthestBehindFirst() {
        Cli.Run run = Cli.run(home, home, Map.of(), "", "--lang", "en", "class", "summary", "class 3A");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        List<String> table = block(run.out(), "Who is where");
        assertAligned(table, new boolean[] {false, true, true, true, false});
        List<Integer> done = new ArrayList<>();
        for (String line : table.subList(1, table.size())) {
            String[] cells = line.strip().split("\\s{2,}");
            done.add(Integer.parseInt(cells[1].substring(0, cells[1].indexOf('/'))));
        }
        List<Integer> sorted = new ArrayList<>(done);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, done);
        assertTrue(table.get(1).contains("not started yet"), table.get(1));
        assertTrue(table.get(table.size() - 1).contains("all steps done"), table.get(table.size() - 1));
        assertTrue(table.stream().anyMatch(line -> line.startsWith("(no name: anonymous-4)")),
                String.join("\n", table));
    }

    @Test
    void aVeryLongNameIsCutAndWidensNoRow() throws Exception {
        Path report;
        try (var files = Files.list(dir)) {
            report = files.filter(f -> f.getFileName().toString().startsWith("dockertutor-report-")
                    && !f.getFileName().toString().contains("anonymous")).findFirst().orElseThrow();
        }
        String json = Files.readString(report);
        String name = json.replaceFirst("(?s).*\"name\": \"([^\"]*)\".*", "$1");
        Files.writeString(report, json.replace("\"name\": \"" + name + "\"", "\"name\": \"" + "x".repeat(100_000) + "\""));
        Cli.Run run = Cli.run(home, home, Map.of(), "", "--lang", "en", "class", "summary", "class 3A");
        assertEquals(ExitCode.OK, run.code(), run.err());
        for (String line : block(run.out(), "Who is where")) {
            assertTrue(Columns.of(line) < 200, () -> Columns.of(line) + " columns: " + line.substring(0, 80));
        }
        assertTrue(run.out().contains("x".repeat(SummaryText.NAME_COLUMNS - 1) + "\u2026"), "cut, and marked so");
    }

    @Test
    void medianTimesAndHintsAgreeWithTheReports() throws Exception {
        ClassReports read = ClassReports.read(dir);
        assertEquals(LEARNERS, read.reports().size());
        assertEquals(Set.of(GeneratedClass.BROKEN_JSON, GeneratedClass.NOT_A_REPORT),
                Set.copyOf(read.broken().stream().map(ClassReports.Broken::fileName).toList()));
        ClassSummary summary = ClassSummary.of(read.reports(), StepTitles.asReported());
        assertEquals(generated.totalSteps(), summary.steps().size());
        for (int s = 0; s < summary.steps().size(); s++) {
            List<Long> times = new ArrayList<>();
            int hints = 0;
            for (LearnerReport report : generated.reports) {
                StepReport step = report.steps().get(s);
                if (step.timeSpentMillis() > 0) {
                    times.add(step.timeSpentMillis());
                }
                hints += step.hintsUsed();
            }
            times.sort(Comparator.naturalOrder());
            long median = times.isEmpty() ? 0 : times.size() % 2 == 1 ? times.get(times.size() / 2)
                    : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
            StepStat stat = summary.steps().get(s);
            assertEquals(median, stat.medianMillis(), stat.number());
            assertEquals(times.size(), stat.reached(), stat.number());
            assertEquals(hints, stat.hints(), stat.number());
        }
        List<StepStat> slowest = summary.slowest(SummaryTable.TOP);
        long longest = summary.steps().stream().mapToLong(StepStat::medianMillis).max().orElseThrow();
        assertEquals(longest, slowest.get(0).medianMillis());
        assertTrue(summary.mostHints(SummaryTable.TOP).get(0).hints() > 0);
        assertEquals(20, ClassSummary.median(List.of(30L, 10L, 20L)));
        assertEquals(25, ClassSummary.median(List.of(40L, 10L, 30L, 20L)));
    }

    @Test
    void thePageHoldsTheTablesAndOneLabelledBarPerStep() throws Exception {
        Cli.Run run = Cli.run(home, home, Map.of(), "", "--lang", "zh-TW", "class", "summary", "class 3A",
                "--out", "page.html");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        String html = Files.readString(home.resolve("page.html"), StandardCharsets.UTF_8);
        for (String outside : new String[] {"<script", "<link", "@import", "url(", "src=", "@font-face"}) {
            assertFalse(html.contains(outside), "the page must be self-contained, but has " + outside);
        }
        Document page = parse(html);
        Element root = page.getDocumentElement();
        assertEquals("zh-Hant-TW", root.getAttribute("lang"));
        assertEquals("全班學習概況 · class 3A", text(page, "title").get(0));

        Element learners = table(page, "learners");
        List<String> headers = texts(learners.getElementsByTagName("thead"), "th");
        assertEquals(List.of("學員", "完成", "時間", "提示", "目前位置"), headers);
        NodeList rows = ((Element) learners.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        assertEquals(LEARNERS, rows.getLength());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.getLength(); i++) {
            Element header = (Element) ((Element) rows.item(i)).getElementsByTagName("th").item(0);
            assertEquals("row", header.getAttribute("scope"));
            names.add(header.getTextContent());
        }
        assertTrue(names.contains("王小明") && names.contains("Alice Chen"), names.toString());

        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(1, svgs.getLength());
        Element svg = (Element) svgs.item(0);
        assertEquals("img", svg.getAttribute("role"));
        List<Element> bars = new ArrayList<>();
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                bars.add(rect);
            }
        }
        assertEquals(generated.totalSteps(), bars.size());
        ClassSummary summary = ClassSummary.of(ClassReports.read(dir).reports(), StepTitles.asReported());
        int widest = 0;
        int widestAt = -1;
        for (int i = 0; i < bars.size(); i++) {
            Element group = (Element) bars.get(i).getParentNode();
            List<String> labels = new ArrayList<>();
            NodeList textNodes = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            for (int t = 0; t < textNodes.getLength(); t++) {
                labels.add(textNodes.item(t).getTextContent());
            }
            StepStat step = summary.steps().get(i);
            assertEquals(2, labels.size(), "a bar has its step's label and its time written beside it");
            assertTrue(labels.get(0).startsWith(step.number() + " "), labels.toString());
            assertEquals(step.key().lessonId() + "/" + step.key().stepId(), bars.get(i).getAttribute("data-step"));
            int width = Integer.parseInt(bars.get(i).getAttribute("width"));
            if (width > widest) {
                widest = width;
                widestAt = i;
            }
        }
        assertEquals(summary.slowest(1).get(0).key(), summary.steps().get(widestAt).key(),
                "the longest bar is the step with the longest median time");
        assertTrue(html.contains(GeneratedClass.BROKEN_JSON), "the page names the skipped files");
    }

    /** The lines of the table under a heading: from the line after it to the next empty line. */
    static List<String> block(String out, String heading) {
        List<String> lines = out.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i + 1;
                break;
            }
        }
        assertTrue(start > 0, "no heading " + heading + " in:\n" + out);
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end);
    }

    /**
     * Every row's cells (split at two or more spaces) begin, for left-aligned columns, or end, for
     * right-aligned ones, at the same terminal column as the header's cell.
     */
    static void assertAligned(List<String> table, boolean[] right) {
        int[][] header = cellColumns(table.get(0), right.length);
        for (String line : table.subList(1, table.size())) {
            int[][] cells = cellColumns(line, right.length);
            for (int c = 0; c < right.length; c++) {
                int edge = right[c] ? 1 : 0;
                assertEquals(header[c][edge], cells[c][edge], "column " + c + " of\n" + line + "\nunder\n" + table.get(0));
            }
        }
    }

    /** Each cell's start and end in terminal columns. */
    private static int[][] cellColumns(String line, int count) {
        int[][] spans = new int[count][2];
        int c = 0;
        int column = 0;
        int i = 0;
        while (i < line.length() && c < count) {
            while (i < line.length() && line.charAt(i) == ' ') {
                column++;
                i++;
            }
            int start = column;
            StringBuilder cell = new StringBuilder();
            while (i < line.length() && !(line.charAt(i) == ' ' && (i + 1 >= line.length() || line.charAt(i + 1) == ' '))) {
                cell.append(line.charAt(i));
                i++;
            }
            column += Columns.of(cell.toString());
            spans[c][0] = start;
            spans[c][1] = column;
            c++;
        }
        assertEquals(count, c, "cells in: " + line);
        return spans;
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> text(Document page, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Element table(Document page, String className) {
        NodeList tables = page.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            if (table.getAttribute("class").equals(className)) {
                return table;
            }
        }
        throw new AssertionError("no table." + className);
    }

    private static List<String> texts(NodeList parents, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = ((Element) parents.item(0)).getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
