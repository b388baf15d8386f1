package io.github.dockertutor.render;

import java.util.Arrays;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * A drawing written twice: a fenced block, then right after it one whose info string has the word
 * {@code narrow} (```` ```text narrow ````). The renderer shows the first when its lines fit the
 * screen's box and the narrow one otherwise, so a diagram is redrawn for a small screen instead of
 * losing its right half.
 */
final class NarrowVariant {
    /** The word in a fence's info string that marks the narrow variant of the block before it. */
    static final String WORD = "narrow";

    private NarrowVariant() {
    }

    /** Whether a block is a fenced block whose narrow variant comes next. */
    static boolean follows(Node block) {
        return block instanceof FencedCodeBlock && !isNarrow(block) && isNarrow(block.getNext());
    }

    static boolean isNarrow(Node block) {
        return block instanceof FencedCodeBlock code && code.getInfo() != null
                && Arrays.asList(code.getInfo().trim().split("\\s+")).contains(WORD);
    }

    /** Whether every line of the wide block fits inside a box at this width. */
    static boolean fits(Node block, int width) {
        for (String line : CodeBox.lines(((FencedCodeBlock) block).getLiteral())) {
            if (Columns.of(line) > width - CodeBox.BORDERS) {
                return false;
            }
        }
        return true;
    }
}
