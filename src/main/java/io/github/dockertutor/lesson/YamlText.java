package io.github.dockertutor.lesson;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

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
            // one pass: the composer pulls its events through a parser that counts the depth
            Optional<Node> root = new Composer(settings,
                    new DepthBound(new ParserImpl(settings, new StreamReader(settings, text)))).getSingleNode();
            if (root.isEmpty()) {
                problems.add(0, "lint.yaml.empty");
            }
            return root;
        } catch (TooDeep e) {
            problems.add(e.line, "lint.yaml.tooDeep", MAX_DEPTH);
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

    /**
     * The parser as the composer sees it, refusing to go deeper than {@link #MAX_DEPTH} before the
     * composer recurses into the next level.
     */
    private static final class DepthBound implements Parser {
        private final Parser parser;
        private int depth;

        DepthBound(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> depth++;
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep(event.getStartMark().map(m -> m.getLine() + 1).orElse(0));
            }
            return event;
        }
    }

    private static final class TooDeep extends RuntimeException {
        private final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "?";
        }
        return text.strip().lines().findFirst().orElse("?");
    }
}
