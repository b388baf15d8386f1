package io.github.dockertutor.dockerrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockertutor.dockercli.OutputFormat;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.gotemplate.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listing printed the four ways docker's --format prints it. */
class FormatViewTest {
    private static final List<Map<String, Object>> ROWS = List.of(row("a1b2", "web", "a=1"), row("c3d4", "db", ""));
    private static final Map<String, String> HEADERS = Map.of("ID", "CONTAINER ID", "Names", "NAMES", "Labels", "LABELS");

    private static Map<String, Object> row(String id, String name, String labels) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", id);
        row.put("Names", name);
        row.put("Labels", labels);
        return row;
    }

    private static List<String> lines(String format) throws ParseException, TemplateException {
        return FormatView.lines(OutputFormat.parse(format), ROWS, HEADERS, () -> List.of("the default table"));
    }

    @Test
    void tableTemplatesLineUpUnderHeadersFromTheSameTemplate() throws Exception {
        assertEquals(List.of("CONTAINER ID   LABELS", "a1b2           a=1", "c3d4"),
                lines("table {{.ID}}\\t{{.Labels}}"));
    }

    @Test
    void aBareTemplateIsALineARowAndJsonAnObject() throws Exception {
        assertEquals(List.of("web", "db"), lines("{{.Names}}"));
        assertEquals(List.of("{\"ID\":\"a1b2\",\"Names\":\"web\",\"Labels\":\"a=1\"}",
                "{\"ID\":\"c3d4\",\"Names\":\"db\",\"Labels\":\"\"}"), lines("json"));
        assertEquals(List.of("the default table"), lines("table"));
    }

    @Test
    void exitCodesAreToldByWhatWasPrinted() {
        assertEquals(127, ExitCodes.cause(126, List.of("exec: \"x\": executable file not found in $PATH")));
        assertEquals(126, ExitCodes.cause(126, List.of("exec: \"/etc\": permission denied")));
        assertEquals(127, ExitCodes.cause(127, List.of()));
        assertEquals(1, ExitCodes.cause(1, List.of("not found")));
    }
}
