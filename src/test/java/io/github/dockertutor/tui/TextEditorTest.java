package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The built-in editor driven by keys as a terminal sends them, on a terminal of 40 by 12. */
class TextEditorTest {
    private static final String CTRL_END = "\u001b[1;5F";
    private static final String CTRL_K = "\u000b";
    private static final String CTRL_O = "\u000f";
    private static final String CTRL_X = "\u0018";

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final List<String> saves = new ArrayList<>();

    private TextEditor.Outcome edit(String file, String keys, Language language) throws IOException {
        try (Terminal terminal = new ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(40, 12));
            return new TextEditor(terminal, Messages.of(language), "Dockerfile", file, text -> {
                saves.add(text);
                return Optional.empty();
            }).run();
        }
    }

    @Test
    void keysTheEditorDoesNotKnowNeverBecomeText() throws IOException {
        String unknown = "\u001b[24;5~" + "\u001b[1;2P" + "\u001bOZ" + "\u001bx";
        TextEditor.Outcome outcome = edit("FROM busybox\n", CTRL_END + unknown + "RUN mkdir -p /www" + CTRL_O + CTRL_X,
                Language.EN);
        assertEquals(TextEditor.Outcome.SAVED, outcome);
        assertEquals(List.of("FROM busybox\nRUN mkdir -p /www\n"), saves);
    }

    @Test
    void cuttingTheLastLineThenTypingReplacesIt() throws IOException {
        edit("FROM busybox\nRUN echo old\n", "\u001b[B" + CTRL_K + "RUN echo new" + CTRL_O + CTRL_X, Language.EN);
        assertEquals(List.of("FROM busybox\nRUN echo new\n"), saves);
    }

    @Test
    void leavingWithChangesAsksAndNoDiscardsThem() throws IOException {
        assertEquals(TextEditor.Outcome.DISCARDED, edit("a\n", "b" + CTRL_X + "n", Language.EN));
        assertTrue(saves.isEmpty());
        assertEquals(TextEditor.Outcome.SAVED, edit("a\n", "b" + CTRL_X + "y", Language.EN));
        assertEquals(List.of("ba\n"), saves);
    }

    @Test
    void noKeyReadsOrWritesAnotherFile() throws IOException {
        // nano's Ctrl-R (insert a file) and Ctrl-O with another name reach outside; here they do not
        edit("FROM busybox\n", CTRL_END + "\u0012/etc/shadow\r" + CTRL_O + CTRL_X, Language.EN);
        assertEquals(List.of("FROM busybox\n/etc/shadow\n"), saves, "Ctrl-R is no key; the name is typed text");
    }

    @Test
    void aPasteArrivesWholeWithItsLineEnds() throws IOException {
        edit("", "\u001b[200~FROM busybox\nEXPOSE 8080\u001b[201~" + CTRL_O + CTRL_X, Language.EN);
        assertEquals(List.of("FROM busybox\nEXPOSE 8080\n"), saves);
    }

    @Test
    void itsWordsAreInTheLearnersLanguageAndFitFortyColumns() throws IOException {
        edit("FROM busybox\n", "x" + CTRL_X + "\u0003" + CTRL_X + "n", Language.ZH_TW);
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("儲存"), shown);
        assertTrue(shown.contains("要儲存對 Dockerfile 的修改嗎"), shown);
        assertFalse(shown.contains("Save"), shown);
    }
}
