package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.OutputFormat;
import io.github.dockertutor.gotemplate.GoTemplate;
import io.github.dockertutor.gotemplate.TemplateException;
import io.github.dockertutor.tui.ColumnTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A listing printed as its {@code --format} asks, as docker's formatter prints it: the default
 * table, {@code table TEMPLATE} (the template's cells, separated by tabs, lined up under headers
 * made from the same template), {@code json} (one object a line) or a bare template (a line a row,
 * as written).
 */
final class FormatView {
    private FormatView() {
    }

    /**
     * @param rows         one map a row, docker's field names as keys ({@code ID}, {@code Names}…)
     * @param headers      the header of each field in a table ({@code ID} → {@code CONTAINER ID})
     * @param defaultTable the lines of the default table
     */
    static void print(Optional<OutputFormat> format, List<Map<String, Object>> rows, Map<String, String> headers,
            Supplier<List<String>> defaultTable, ShellContext context) {
        List<String> lines;
        try {
            lines = lines(format.orElse(OutputFormat.TABLE), rows, headers, defaultTable);
        } catch (TemplateException e) {
            context.say("docker.format.failed", e.detail());
            return;
        }
        for (String line : lines) {
            context.screen().println(line);
        }
        context.screen().flush();
    }

    static List<String> lines(OutputFormat format, List<Map<String, Object>> rows, Map<String, String> headers,
            Supplier<List<String>> defaultTable) throws TemplateException {
        return switch (format.kind()) {
            case TABLE -> defaultTable.get();
            case JSON -> {
                GoTemplate json = GoTemplate.parse("{{json .}}");
                List<String> lines = new ArrayList<>();
                for (Map<String, Object> row : rows) {
                    lines.add(json.execute(row));
                }
                yield lines;
            }
            case TEMPLATE -> {
                List<String> lines = new ArrayList<>();
                for (Map<String, Object> row : rows) {
                    // docker writes each row's text and then a new line, so a row ending in one leaves an empty line
                    lines.addAll(List.of(format.template().orElseThrow().execute(row).split("\n", -1)));
                }
                yield lines;
            }
            case TABLE_TEMPLATE -> table(format.template().orElseThrow(), rows, headers);
        };
    }

    /** docker renders the header by running the same template on the header names, then lines up the tab-separated cells. */
    private static List<String> table(GoTemplate template, List<Map<String, Object>> rows, Map<String, String> headers)
            throws TemplateException {
        ColumnTable table = ColumnTable.dockerStyle();
        Map<String, Object> header = new LinkedHashMap<>();
        for (String field : template.topFields()) {
            header.put(field, headers.getOrDefault(field, field.toUpperCase(java.util.Locale.ROOT)));
        }
        headers.forEach(header::putIfAbsent);
        table.row(template.execute(header).split("\t", -1));
        for (Map<String, Object> row : rows) {
            for (String line : template.execute(row).split("\n")) {
                table.row(line.split("\t", -1));
            }
        }
        return table.lines();
    }

    /** docker's {@code .Labels}: key=value pairs joined by commas, and {@code .Label "key"}. */
    static void putLabels(Map<String, Object> row, Map<String, String> labels) {
        List<String> pairs = new ArrayList<>();
        labels.forEach((key, value) -> pairs.add(key + "=" + value));
        row.put("Labels", String.join(",", pairs));
        row.put("Label", (io.github.dockertutor.gotemplate.TemplateMethod) arguments ->
                arguments.isEmpty() ? "" : labels.getOrDefault(String.valueOf(arguments.get(0)), ""));
    }
}
