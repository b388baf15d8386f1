package io.github.dockertutor.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a lesson's .md file into its intro and its step sections on {@code ## Title {#id}} lines
 * (a translation's also carry {@code src=} stamps, see {@link TranslationStamp}),
 * skipping fenced code blocks (a {@code ## } line inside a ```bash block is a shell comment, not a
 * step), and reports Markdown the shell could not place.
 */
final class ProseParser {
    // CommonMark: up to three spaces of indentation, then ``` or ~~~ (three or more)
    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern H2 = Pattern.compile("^ {0,3}##(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern H1 = Pattern.compile("^ {0,3}#(?:[ \\t]+(.*?))?[ \\t]*$");

    private ProseParser() {
    }

    static Prose parse(String text, FileProblems problems) {
        String[] lines = text.split("\r?\n", -1);
        List<Integer> headingLines = new ArrayList<>();
        List<Prose.Section> sections = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        String fence = null;
        int fenceLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (closesFence(line, fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher open = FENCE_OPEN.matcher(line);
            if (open.matches() && !(open.group(1).charAt(0) == '`' && open.group(2).indexOf('`') >= 0)) {
                fence = open.group(1);
                fenceLine = i + 1;
                continue;
            }
            Matcher heading = H2.matcher(line);
            if (heading.matches()) {
                headingLines.add(i);
                sections.add(section(heading.group(1), i + 1, problems, firstLineOfId));
            }
        }
        if (fence != null) {
            problems.add(fenceLine, "lint.md.unclosedFence", fence);
        }
        return assemble(lines, headingLines, sections, problems);
    }

    private static boolean closesFence(String line, String fence) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String rest = line.substring(indent).stripTrailing();
        if (indent > 3 || rest.length() < fence.length()) {
            return false;
        }
        char mark = fence.charAt(0);
        return rest.chars().allMatch(c -> c == mark);
    }

    private static Prose.Section section(String content, int lineNumber, FileProblems problems,
                                         Map<String, Integer> firstLineOfId) {
        Optional<HeadingAttributes> heading = HeadingAttributes.read(content).filter(read -> read.id() != null);
        if (heading.isEmpty()) {
            problems.add(lineNumber, "lint.md.headingWithoutId", content == null ? "" : content);
            return new Prose.Section(null, content, "", lineNumber, null);
        }
        String title = heading.get().title();
        String id = heading.get().id().strip();
        String stamp = attributes(heading.get(), lineNumber, problems);
        if (!Ids.isSlug(id)) {
            problems.add(lineNumber, "lint.step.idFormat", id);
        }
        if (title.isEmpty()) {
            problems.add(lineNumber, "lint.md.emptyTitle", id);
        }
        Integer first = firstLineOfId.putIfAbsent(id, lineNumber);
        if (first != null) {
            problems.add(lineNumber, "lint.md.duplicateSection", id, first);
        }
        return new Prose.Section(id, title, "", lineNumber, stamp);
    }

    /** Reports attributes other than a well-formed {@code src=}; returns the stamp, or null when there is none. */
    private static String attributes(HeadingAttributes heading, int lineNumber, FileProblems problems) {
        for (String stray : heading.strays()) {
            problems.add(lineNumber, "lint.md.attribute", stray);
        }
        for (String key : heading.attributes().keySet()) {
            if (!key.equals(HeadingAttributes.SOURCE)) {
                problems.add(lineNumber, "lint.md.attribute", key + "=" + heading.attributes().get(key));
            }
        }
        String stamp = heading.stamp().orElse(null);
        if (stamp != null && !TranslationStamp.wellFormed(stamp)) {
            problems.add(lineNumber, "lint.md.stampForm", stamp);
            return null;
        }
        return stamp;
    }

    private static Prose assemble(String[] lines, List<Integer> headingLines, List<Prose.Section> found,
                                  FileProblems problems) {
        int introEnd = headingLines.isEmpty() ? lines.length : headingLines.get(0);
        int introStart = 0;
        String title = null;
        int titleLine = 0;
        String titleStamp = null;
        while (introStart < introEnd && lines[introStart].isBlank()) {
            introStart++;
        }
        if (introStart < introEnd) {
            Matcher h1 = H1.matcher(lines[introStart]);
            if (h1.matches()) {
                title = h1.group(1) == null ? "" : h1.group(1);
                titleLine = introStart + 1;
                Optional<HeadingAttributes> attributes = HeadingAttributes.read(title).filter(read -> read.id() == null);
                if (attributes.isPresent()) {
                    title = attributes.get().title();
                    titleStamp = attributes(attributes.get(), titleLine, problems);
                }
                introStart++;
            }
        }
        String intro = join(lines, introStart, introEnd);
        List<Prose.Section> sections = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            int from = headingLines.get(s) + 1;
            int to = s + 1 < headingLines.size() ? headingLines.get(s + 1) : lines.length;
            Prose.Section section = found.get(s);
            String body = join(lines, from, to);
            if (section.stepId() == null) {
                continue; // already reported: a heading the shell cannot tie to a step
            }
            if (body.isEmpty()) {
                problems.add(section.line(), "lint.md.emptySection", section.stepId());
            }
            sections.add(new Prose.Section(section.stepId(), section.title(), body, section.line(), section.stamp()));
        }
        return new Prose(title, titleLine, titleStamp, intro, sections);
    }

    /** Lines [from, to) joined with newlines, without blank lines at either end. */
    private static String join(String[] lines, int from, int to) {
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }
}
