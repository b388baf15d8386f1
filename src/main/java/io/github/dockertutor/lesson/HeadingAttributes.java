package io.github.dockertutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribute block at the end of a Markdown heading, {@code {#step-id src=1a2b3c4}}: the step's
 * id after {@code #}, then {@code key=value} attributes. A step section's heading must have one with
 * an id; a lesson's {@code # Title} line may have one with attributes only. Reading and rewriting
 * the block live here together, so the stamper changes exactly what the parser reads.
 *
 * @param title      the heading's text before the block, trimmed
 * @param id         the id after {@code #}, or null when the block has none
 * @param attributes the {@code key=value} attributes, in the order written
 * @param strays     words in the block that are neither {@code #id} nor {@code key=value}, and a second {@code #id}
 */
record HeadingAttributes(String title, String id, Map<String, String> attributes, List<String> strays) {
    /** The attribute that holds a translation's stamp. */
    static final String SOURCE = "src";
    private static final Pattern BLOCK = Pattern.compile("^(.*?)[ \\t]*\\{([^{}]*)\\}[ \\t]*$");

    HeadingAttributes {
        attributes = Map.copyOf(attributes);
        strays = List.copyOf(strays);
    }

    /** The stamp written as {@code src=}, if any. */
    Optional<String> stamp() {
        return Optional.ofNullable(attributes.get(SOURCE));
    }

    /**
     * Reads the text of a heading (what follows {@code ## }). Empty when it ends in no block, or in
     * a block that neither starts with {@code #} nor holds only {@code key=value} words: such braces
     * are part of the title ({@code # Use {braces}}).
     */
    static Optional<HeadingAttributes> read(String heading) {
        Matcher block = BLOCK.matcher(heading == null ? "" : heading);
        if (!block.matches()) {
            return Optional.empty();
        }
        String id = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> strays = new ArrayList<>();
        String[] words = block.group(2).strip().split("[ \\t]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.startsWith("#") && id == null && i == 0) {
                id = word.substring(1);
            } else if (word.indexOf('=') > 0 && !attributes.containsKey(word.substring(0, word.indexOf('=')))) {
                attributes.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else if (!word.isEmpty()) {
                strays.add(word);
            }
        }
        if (id == null && (attributes.isEmpty() || !strays.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new HeadingAttributes(block.group(1).strip(), id, attributes, strays));
    }

    /**
     * The heading line with its stamp set to {@code stamp}: the {@code src=} value replaced, or
     * added at the end of the block, or a block added when the line has none. Everything else on
     * the line stays as written.
     */
    static String withStamp(String line, String stamp) {
        String kept = line.stripTrailing();
        int hashes = 0;
        while (hashes < kept.length() && (kept.charAt(hashes) == '#' || kept.charAt(hashes) == ' ')) {
            hashes++;
        }
        Optional<HeadingAttributes> read = read(kept.substring(hashes));
        if (read.isEmpty()) {
            return kept + " {" + SOURCE + "=" + stamp + "}";
        }
        int open = kept.lastIndexOf('{');
        String inside = kept.substring(open + 1, kept.length() - 1).strip();
        String replaced = inside.replaceFirst("(^|[ \\t])" + SOURCE + "=[^ \\t]*", "$1" + SOURCE + "=" + stamp);
        if (replaced.equals(inside) && !inside.matches("(.*[ \\t])?" + SOURCE + "=" + stamp + "([ \\t].*)?")) {
            replaced = inside + " " + SOURCE + "=" + stamp;
        }
        return kept.substring(0, open) + "{" + replaced + "}";
    }
}
