package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {
    private static final List<String> COMMANDS = List.of("build", "pull", "push", "run", "rm", "rmi", "ps", "images");

    @Test
    void aSlipOrASwapFindsTheWord() {
        assertEquals(Optional.of("build"), Spelling.closest("biuld", COMMANDS));
        assertEquals(Optional.of("build"), Spelling.closest("buid", COMMANDS));
        assertEquals(Optional.of("images"), Spelling.closest("imgaes", COMMANDS));
        assertEquals(Optional.of("pull"), Spelling.closest("pul", COMMANDS));
    }

    @Test
    void noGuessWhenNothingIsNearOrTwoAreEquallyNear() {
        assertEquals(Optional.empty(), Spelling.closest("compose", COMMANDS));
        assertEquals(Optional.empty(), Spelling.closest("rn", COMMANDS), "rm and run are both one slip away");
        assertEquals(Optional.empty(), Spelling.closest("run", COMMANDS), "the word itself is no typo");
    }

    @Test
    void slipsCountsEditsAndAdjacentSwaps() {
        assertEquals(0, Spelling.slips("name", "name"));
        assertEquals(1, Spelling.slips("nmae", "name"));
        assertEquals(1, Spelling.slips("nam", "name"));
        assertEquals(2, Spelling.slips("nmea", "name"));
    }
}
