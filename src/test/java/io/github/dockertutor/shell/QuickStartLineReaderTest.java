package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

class QuickStartLineReaderTest {
    @Test
    void everyWidgetOfJLinesOwnReaderHasAStandInOfTheSameName() throws IOException {
        Map<String, Widget> jlines = new LineReaderImpl(terminal(""), "test", new HashMap<>()).getBuiltinWidgets();
        Map<String, Widget> standIns = new QuickStartLineReader(terminal(""), "test", new HashMap<>()).getBuiltinWidgets();
        // the names, and the name a key's description shows, are JLine's
        assertEquals(names(jlines), names(standIns));
        assertEquals(Set.copyOf(QuickStartLineReader.BUILT_IN_WIDGETS), jlines.keySet());
    }

    @Test
    void jlinesWidgetsAreMadeOnlyWhenAKeyOrTheOpeningThreadAsks() throws IOException {
        QuickStartLineReader reader = new QuickStartLineReader(terminal(""), "test", new HashMap<>());
        assertTrue(reader.getBuiltinWidgets().values().stream().allMatch(QuickStartLineReader.StandIn.class::isInstance));
        assertFalse(reader.widgetsLinked());
        reader.linkWidgets();
        assertTrue(reader.widgetsLinked());
    }

    @Test
    void typedKeysRunJLinesOwnWidgetsThroughTheStandIns() throws IOException {
        // typing, a mistake rubbed out with Backspace, the cursor moved to the start, Enter
        QuickStartLineReader reader = new QuickStartLineReader(terminal("ps\u007f\u007fdocker psx\u007f\u0001 \r"),
                "test", new HashMap<>());
        assertEquals(" docker ps", reader.readLine("docker> "));
        assertTrue(reader.widgetsLinked());
    }

    /** A terminal with the learner's key bindings (a dumb one would only insert and accept). */
    private static Terminal terminal(String typed) throws IOException {
        return new ExternalTerminal("test", "xterm", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> names(Map<String, Widget> widgets) {
        Map<String, String> names = new TreeMap<>();
        widgets.forEach((name, widget) -> names.put(name, widget.toString()));
        return names;
    }
}
