package io.github.dockertutor.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML mapping of lesson.yaml with typed, line-aware reads: every read that finds the wrong
 * shape reports a problem at the value's line and answers empty, so a parser can go on and find
 * the next problem too.
 */
final class YamlMap {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private final Map<String, Node> values;
    private final Map<String, Integer> keyLines;
    private final int line;
    private final FileProblems problems;

    private YamlMap(Map<String, Node> values, Map<String, Integer> keyLines, int line, FileProblems problems) {
        this.values = values;
        this.keyLines = keyLines;
        this.line = line;
        this.problems = problems;
    }

    /**
     * Reads a mapping, reporting duplicate keys, keys that are not text and, when {@code known} is
     * not null, keys it does not list (a typo would otherwise be silently ignored).
     */
    static Optional<YamlMap> of(Node node, String name, Collection<String> known, FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line(node), "lint.yaml.expectMap", name);
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = line(keyNode);
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.add(keyLine, "lint.yaml.expectText", name);
                continue;
            }
            String key = scalar.getValue();
            Integer first = keyLines.putIfAbsent(key, keyLine);
            if (first != null) {
                problems.add(keyLine, "lint.yaml.duplicateKey", key, first);
                continue;
            }
            if (known != null && !known.contains(key)) {
                problems.add(keyLine, "lint.yaml.unknownField", key, name, String.join(", ", known));
                continue;
            }
            values.put(key, tuple.getValueNode());
        }
        return Optional.of(new YamlMap(values, keyLines, line(node), problems));
    }

    /** The 1-based line a node starts on, 0 when unknown. */
    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    int line() {
        return line;
    }

    /** The line of a key, or of the mapping when the key is absent. */
    int line(String key) {
        return keyLines.getOrDefault(key, line);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Set<String> keys() {
        return values.keySet();
    }

    Node node(String key) {
        return values.get(key);
    }

    /** A required field's node; reports it missing. */
    Optional<Node> required(String key) {
        Node node = values.get(key);
        if (node == null) {
            if (!keyLines.containsKey(key)) { // a duplicate or unknown key was reported already
                problems.add(line, "lint.yaml.missingField", key);
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /** A non-blank text; any plain scalar counts (an author's {@code 42} is meant as text). */
    Optional<String> text(String key, boolean required) {
        Optional<Node> node = required ? required(key) : Optional.ofNullable(values.get(key));
        return node.flatMap(n -> text(n, key, problems));
    }

    static Optional<String> text(Node node, String name, FileProblems problems) {
        if (node instanceof ScalarNode scalar) {
            if (!plain(scalar, problems)) {
                return Optional.empty();
            }
            if (!scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
                return Optional.of(scalar.getValue());
            }
        }
        problems.add(line(node), "lint.yaml.expectText", name);
        return Optional.empty();
    }

    /** {@code true} or {@code false} (YAML 1.2: {@code yes} is text and is reported). */
    Optional<Boolean> bool(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && plain(scalar, problems) && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        problems.add(line(node), "lint.yaml.expectBool", key);
        return Optional.empty();
    }

    /** A whole number that fits an int. */
    Optional<Integer> integer(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && plain(scalar, problems) && scalar.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue()));
            } catch (NumberFormatException tooLarge) {
                // falls through: reported as not a (usable) whole number
            }
        }
        problems.add(line(node), "lint.yaml.expectInt", key);
        return Optional.empty();
    }

    /** The items of a list; reports a value that is not one. */
    Optional<List<Node>> list(String key, boolean required) {
        Optional<Node> node = required ? required(key) : Optional.ofNullable(values.get(key));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.add(line(node.get()), "lint.yaml.expectList", key);
        return Optional.empty();
    }

    /** A list of non-blank texts; the items that are not texts are reported and left out. */
    Optional<List<String>> texts(String key, boolean required) {
        return list(key, required).map(items -> {
            List<String> texts = new ArrayList<>();
            for (Node item : items) {
                text(item, key, problems).ifPresent(texts::add);
            }
            return texts;
        });
    }

    private static boolean plain(ScalarNode scalar, FileProblems problems) {
        if (PLAIN_TAGS.contains(scalar.getTag())) {
            return true;
        }
        problems.add(line(scalar), "lint.yaml.tag", scalar.getTag().getValue());
        return false;
    }
}
