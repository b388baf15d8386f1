package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Docker 20.10's own words for the usual build failures (as the engine here sends them) get our line. */
class BuildFailuresTest {
    private static final Messages EN = Messages.of(Language.EN);

    private static String why(String words) {
        return BuildFailures.explain(words, "Dockerfile").map(m -> m.render(EN)).orElse("");
    }

    @Test
    void aMisspelledInstructionIsNamedWithItsLine() {
        Optional<Message> line = BuildFailures.explain("dockerfile parse error line 2: unknown instruction: CMDD",
                "Dockerfile");
        assertEquals("build.why.unknownInstructionLike", line.orElseThrow().key());
        assertEquals(List.of("Dockerfile", "2", "CMDD", "CMD"), line.get().args());
        assertEquals("build.why.unknownInstruction",
                BuildFailures.explain("dockerfile parse error line 3: unknown instruction: HELLO", "D").orElseThrow().key());
    }

    @Test
    void aCopyOfAMissingFileNamesTheFile() {
        String text = why("COPY failed: file not found in build context or excluded by .dockerignore: "
                + "stat index.htm: file does not exist");
        assertTrue(text.contains("index.htm") && text.contains("not in the build context"), text);
    }

    @Test
    void aFailedRunNamesItsCommandAndExitCode() {
        String text = why("The command '/bin/sh -c pip install pandsa' returned a non-zero code: 1");
        assertTrue(text.contains("/bin/sh -c pip install pandsa") && text.contains("exit code 1"), text);
    }

    @Test
    void aFromThatCannotBeFetchedSaysWhereToLook() {
        assertTrue(why("pull access denied for nosuch, repository does not exist or may require 'docker login'")
                .contains("FROM line"));
    }

    @Test
    void otherWordsGetNoLineOfOurs() {
        assertEquals(Optional.empty(), BuildFailures.explain("no space left on device", "Dockerfile"));
        assertEquals(Optional.empty(), BuildFailures.explain(null, "Dockerfile"));
    }
}
