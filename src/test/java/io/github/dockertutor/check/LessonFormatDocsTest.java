package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/lesson-format.md and its Chinese twin document every check kind field by field: the same
 * fields in the same order, with the type, whether it is required and the default that the code's
 * field tables ({@link Checks#KINDS}) have, and every field type the code knows.
 */
class LessonFormatDocsTest {

    @ParameterizedTest
    @ValueSource(strings = {"docs/lesson-format.md", "docs/lesson-format.zh-TW.md"})
    void everyKindIsDocumentedAsTheCodeDefinesIt(String doc) throws IOException {
        Map<String, List<String[]>> tables = kindTables(Files.readAllLines(Path.of(doc)));
        Set<String> kinds = new TreeSet<>();
        Checks.KINDS.forEach(kind -> kinds.add(kind.name()));
        assertEquals(kinds, new TreeSet<>(tables.keySet()), doc + ": the kinds documented");
        for (CheckKind kind : Checks.KINDS) {
            List<String> expected = new ArrayList<>();
            for (CheckField field : kind.fields()) {
                expected.add(field.name() + " | " + field.type().code() + " | " + (field.required() ? "required" : "-")
                        + " | " + field.defaultValue().map(String::valueOf).orElse("-"));
            }
            List<String> documented = new ArrayList<>();
            for (String[] row : tables.get(kind.name())) {
                documented.add(code(row[0]) + " | " + code(row[1]) + " | " + (row[2].equals("—") ? "-" : "required")
                        + " | " + (row[3].equals("—") ? "-" : code(row[3])));
            }
            assertEquals(expected, documented, doc + ", kind " + kind.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/lesson-format.md", "docs/lesson-format.zh-TW.md"})
    void everyFieldTypeIsExplained(String doc) throws IOException {
        String text = Files.readString(Path.of(doc));
        for (FieldType type : FieldType.values()) {
            assertTrue(text.contains("| `" + type.code() + "` |"), doc + " does not explain the type " + type.code());
        }
    }

    /** The rows of the table under each {@code ### `kind`} heading: field, type, required, default. */
    private static Map<String, List<String[]>> kindTables(List<String> lines) {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        String kind = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                kind = null;
            } else if (line.startsWith("### `")) {
                kind = code(line.substring(4).strip());
                tables.put(kind, new ArrayList<>());
            } else if (kind != null && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                tables.get(kind).add(cells);
            }
        }
        return tables;
    }

    private static String code(String cell) {
        return cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
