package io.github.dockertutor.lesson;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns lesson.yaml text into a node tree that remembers every line, or into a problem. Uses the
 * JSON schema (no objects built from tags, {@code yes} stays text) and bounds what a hostile file
 * can cost: size, aliases, nesting.
 */
final class YamlText {
    /** Larger than any real lesson.yaml by far. */
    static final int MAX_CODE_POINTS = 256 * 1024;
    private static final int MAX_ALIASES = 8;
    // the composer recurses once per level: bound the depth before composing so it cannot overflow the stack
    private static final int MAX_DEPTH = 40;

    private YamlText() {
    }

    static Optional<Node> compose(String text, FileProblems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file().getFileName() == null ? "lesson.yaml" : problems.file().getFileName().toString())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        try {
            if (!shallowEnough(text, settings, problems)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.add(0, "lint.yaml.empty");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(mark.map(m -> m.getLine() + 1).orElse(0), "lint.yaml.syntax", firstLine(problem));
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException e) {
            // the limits above and a few scanner corner cases surface without a mark
            problems.add(0, "lint.yaml.syntax", firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static boolean shallowEnough(String text, LoadSettings settings, FileProblems problems) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> depth++;
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
            if (depth > MAX_DEPTH) {
                problems.add(event.getStartMark().map(m -> m.getLine() + 1).orElse(0), "lint.yaml.tooDeep", MAX_DEPTH);
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "?";
        }
        return text.strip().lines().findFirst().orElse("?");
    }
}
